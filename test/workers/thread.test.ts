import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserInputError } from '../../src/errors.js';
import {
  askWorker,
  errorData,
  errorFrom,
  inWorkerOrHere,
  prestartWorker,
  WorkerUnavailable,
  waitingWorkers,
} from '../../src/workers/thread.js';
import { builtWorkerPath, workerOverrides } from '../../src/workers/worker-file.js';

/** Worker files written as plain JavaScript, each following (or breaking) the protocol. */
const WORKERS = {
  /** Follows the protocol: doubles the request's `n`, and says which thread answered. */
  double: `import { parentPort, threadId } from 'node:worker_threads';
parentPort.once('message', ({ request }) => parentPort.postMessage({ value: { n: request.n * 2, threadId } }));
`,
  /** Adds one, then, handed on, loads the next file as answerParent does. */
  relay: `import { parentPort, threadId } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
parentPort.once('message', async ({ request, next }) => {
  parentPort.postMessage({ value: { n: request.n + 1, threadId } });
  if (next !== undefined) await import(pathToFileURL(next).href);
});
`,
  userError:
    "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ error: { user: true, message: 'bad cell', file: 'a.csv', line: 3, column: 2 } });\n",
  bug: "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ error: { user: false, message: 'Error: boom\\n    at here' } });\n",
  throwsOnLoad: 'throw new Error("broken");\n',
  exitsSilently: 'process.exit(3);\n',
};

describe('worker plumbing', () => {
  let dir = '';
  const file = (name: keyof typeof WORKERS): string => path.join(dir, `${name}.mjs`);
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'drift-gate-thread-'));
    for (const [name, code] of Object.entries(WORKERS)) writeFileSync(path.join(dir, `${name}.mjs`), code);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an error survives the trip as data: a UserInputError with its place, a bug with a prefix', () => {
    const user = new UserInputError('ragged row', { file: 'b.csv', line: 7, column: 1 });
    const back = errorFrom(errorData(user), 'x: ');
    expect(back).toBeInstanceOf(UserInputError);
    expect((back as UserInputError).describe()).toBe('b.csv:7:1: ragged row');
    const bug = errorData(new TypeError('oops'));
    expect(bug.user).toBe(false);
    expect(bug.message.startsWith('TypeError: oops\n')).toBe(true);
    expect(errorFrom(bug, 'compare worker: ').message.startsWith('compare worker: TypeError: oops')).toBe(
      true,
    );
    expect(errorData('a string')).toEqual({ user: false, message: 'a string' });
  });

  type Answered = { n: number; threadId: number };

  it('askWorker hands its request to a prestarted worker, once, then starts new ones', async () => {
    prestartWorker(file('double'));
    expect(waitingWorkers(file('double'))).toBe(1);
    const first = await askWorker<Answered>({ file: file('double'), name: 'test worker', request: { n: 4 } });
    expect(first.n).toBe(8);
    expect(waitingWorkers(file('double'))).toBe(0);
    const second = await askWorker<Answered>({
      file: file('double'),
      name: 'test worker',
      request: { n: 5 },
    });
    expect(second.n).toBe(10);
    expect(second.threadId).not.toBe(first.threadId);
  });

  it('a worker handed on answers the next file’s request in the same thread, once', async () => {
    const relayed = await askWorker<Answered>({
      file: file('relay'),
      name: 'test worker',
      request: { n: 4 },
      next: file('double'),
    });
    expect(relayed.n).toBe(5);
    expect(waitingWorkers(file('double'))).toBe(1);
    const doubled = await askWorker<Answered>({
      file: file('double'),
      name: 'test worker',
      request: { n: 5 },
    });
    expect(doubled).toEqual({ n: 10, threadId: relayed.threadId });
    expect(waitingWorkers(file('double'))).toBe(0);
    // without `next` the worker ends: the next ask starts another thread
    const alone = await askWorker<Answered>({ file: file('double'), name: 'test worker', request: { n: 1 } });
    expect(alone.threadId).not.toBe(relayed.threadId);
  });

  it('a worker handed on to a file that cannot load is forgotten: the next ask starts its own', async () => {
    await askWorker<Answered>({
      file: file('relay'),
      name: 'test worker',
      request: { n: 1 },
      next: file('throwsOnLoad'),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(waitingWorkers(file('throwsOnLoad'))).toBe(0);
    const failed = await askWorker({ file: file('throwsOnLoad'), name: 'test worker', request: null }).catch(
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(WorkerUnavailable);
  });

  it('forgets a prestarted worker that failed while waiting: the next ask starts its own', async () => {
    prestartWorker(file('throwsOnLoad'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const failed = await askWorker({ file: file('throwsOnLoad'), name: 'test worker', request: null }).catch(
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(WorkerUnavailable);
  });

  it('askWorker resolves with the value the worker answers', async () => {
    await expect(
      askWorker({ file: file('double'), name: 'test worker', request: { n: 21 } }),
    ).resolves.toMatchObject({ n: 42 });
  });

  it('askWorker rebuilds the error the worker answers', async () => {
    const user = await askWorker({ file: file('userError'), name: 'test worker', request: null }).catch(
      (error: unknown) => error,
    );
    expect(user).toBeInstanceOf(UserInputError);
    expect((user as UserInputError).describe()).toBe('a.csv:3:2: bad cell');
    const bug = await askWorker({ file: file('bug'), name: 'test worker', request: null }).catch(
      (error: unknown) => error,
    );
    expect(bug).not.toBeInstanceOf(UserInputError);
    expect((bug as Error).message).toBe('test worker failed: Error: boom\n    at here');
  });

  it('askWorker rejects with WorkerUnavailable when the worker cannot answer', async () => {
    for (const broken of [file('throwsOnLoad'), path.join(dir, 'missing.mjs')]) {
      await expect(askWorker({ file: broken, name: 'test worker', request: null })).rejects.toBeInstanceOf(
        WorkerUnavailable,
      );
    }
    await expect(
      askWorker({ file: file('exitsSilently'), name: 'test worker', request: null }),
    ).rejects.toThrow('test worker exited with code 3 before answering');
  });

  it('inWorkerOrHere: here without a file (synchronously), or when the worker is unavailable', async () => {
    const ask = (worker: string) =>
      askWorker<Answered>({ file: worker, name: 'test worker', request: { n: 5 } }).then(({ n }) => n);
    let ranHere = false;
    const pending = inWorkerOrHere(null, ask, () => {
      ranHere = true;
      return -1;
    });
    expect(ranHere).toBe(true);
    await expect(pending).resolves.toBe(-1);
    await expect(inWorkerOrHere(file('double'), ask, () => -1)).resolves.toBe(10);
    await expect(inWorkerOrHere(file('throwsOnLoad'), ask, () => -1)).resolves.toBe(-1);
    await expect(inWorkerOrHere(file('userError'), ask, () => -1)).rejects.toBeInstanceOf(UserInputError);
  });

  it('overrides: the adapters’ environment variables, `off`, a path, or a missing path', () => {
    expect(
      workerOverrides({ DRIFT_GATE_PARSE_WORKER: 'off', DRIFT_GATE_COMPARE_WORKER: '/w.js', HOME: '/h' }),
    ).toEqual({ parse: 'off', compare: '/w.js' });
    expect(workerOverrides({})).toEqual({ parse: undefined, compare: undefined });
    expect(builtWorkerPath('double', 'off')).toBeNull();
    expect(builtWorkerPath('double', file('double'))).toBe(file('double'));
    expect(builtWorkerPath('double', path.join(dir, 'missing.mjs'))).toBeNull();
    // running from sources: no built worker next to src/workers/
    expect(builtWorkerPath('parse-worker', undefined)).toBeNull();
  });
});
