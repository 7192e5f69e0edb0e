/**
 * One request, one answer, in a worker thread: the plumbing the parse worker (data/load.ts,
 * dist/parse-worker.js) and the compare worker (engine/joint.ts, dist/compare-worker.js) share.
 *
 * The protocol:
 * - The parent starts the worker with the request as `workerData` (structured clone: arrays on
 *   SharedArrayBuffers are shared, other arrays copied).
 * - The worker (see `answerParent`) computes and posts exactly one message: `{ value }` (buffers in
 *   the transfer list move instead of being copied), or `{ error }`, the thrown error as ErrorData.
 * - On that message the parent terminates the worker (so its heap is freed now, not at its exit)
 *   and resolves with `value`, or rejects with the error rebuilt: a UserInputError with its file,
 *   line and column, or, for a bug, an Error carrying the worker's stack.
 * - A worker that cannot start, throws outside the request (a missing or broken file), or exits
 *   before answering rejects with WorkerUnavailable; `inWorkerOrHere` then does the work in this
 *   thread instead, so a broken build costs speed, never the result.
 * - A worker can also be started before its request is known (`prestartWorker`), so its start
 *   (a Node thread and its bundle to compile: 0.2-0.3 s) overlaps the parent's work: it
 *   starts with WAITING as `workerData`, and the next askWorker for its file posts the request to
 *   it as the first message instead of starting another.
 */
import { parentPort, type Transferable, Worker, workerData } from 'node:worker_threads';
import { UserInputError } from '../errors.js';

/** A thrown error as plain (cloneable) data: a UserInputError's fields, or a bug's stack. */
export interface ErrorData {
  readonly user: boolean;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** The one message a worker posts. */
export type Answer<T> = { readonly value: T } | { readonly error: ErrorData };

/** The error as data to post to the other thread. */
export function errorData(error: unknown): ErrorData {
  if (error instanceof UserInputError)
    return { user: true, message: error.message, file: error.file, line: error.line, column: error.column };
  return { user: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** The error back from its data: the same UserInputError, or a bug's Error whose message starts with `prefix`. */
export function errorFrom(error: ErrorData, prefix: string): Error {
  if (error.user)
    return new UserInputError(error.message, { file: error.file, line: error.line, column: error.column });
  return new Error(`${prefix}${error.message}`);
}

/** The worker could not run (missing or broken file, or it exited without answering). */
export class WorkerUnavailable extends Error {}

/** What a worker is started with. `name` words the errors, e.g. `parse worker`. */
export interface WorkerJob {
  readonly file: string;
  readonly name: string;
  readonly request: unknown;
}

/** The `workerData` of a prestarted worker: its request comes as the first message. */
export const WAITING = 'drift-gate: waiting for the request';
const PRESTARTED = Symbol.for('drift-gate: prestarted workers');

/**
 * Prestarted workers not yet asked, by file: one map for the process, found through a global
 * symbol, because the launcher's bundle (dist/cli.js, dist/index.js) prestarts the parse worker
 * before the body's bundle, with its own copy of this module, is loaded.
 */
const registry = globalThis as { [PRESTARTED]?: Map<string, Worker[]> };
registry[PRESTARTED] ??= new Map<string, Worker[]>();
const prestarted = registry[PRESTARTED];

/**
 * Starts a worker running `file` now, for the next askWorker of that file (see the protocol
 * above). While it waits it does not keep the process alive; if it fails or exits first, it is
 * forgotten and askWorker starts another.
 */
export function prestartWorker(file: string): void {
  let worker: Worker;
  try {
    worker = new Worker(file, { workerData: WAITING });
  } catch {
    return;
  }
  worker.unref();
  const forget = () => {
    const waiting = prestarted.get(file) ?? [];
    const at = waiting.indexOf(worker);
    if (at >= 0) waiting.splice(at, 1);
  };
  worker.once('error', forget);
  worker.once('exit', forget);
  const waiting = prestarted.get(file);
  if (waiting) waiting.push(worker);
  else prestarted.set(file, [worker]);
}

/** A prestarted worker of `file`, handed `request`, or a new worker started with it. */
function workerFor(file: string, request: unknown): Worker {
  const ready = prestarted.get(file)?.shift();
  if (!ready) return new Worker(file, { workerData: request });
  ready.ref();
  ready.postMessage({ request });
  return ready;
}

/**
 * Runs `job.file` on `job.request` and settles with its answer (see the protocol above). Rejects
 * with WorkerUnavailable when the worker cannot run, with the rebuilt error when it answered one.
 */
export function askWorker<T>(job: WorkerJob): Promise<T> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = workerFor(job.file, job.request);
    } catch (error) {
      reject(new WorkerUnavailable(String(error)));
      return;
    }
    let settled = false;
    worker.once('message', (message: Answer<T>) => {
      settled = true;
      void worker.terminate();
      if ('value' in message) resolve(message.value);
      else reject(errorFrom(message.error, `${job.name} failed: `));
    });
    worker.once('error', (error) => {
      if (!settled) reject(new WorkerUnavailable(String(error)));
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new WorkerUnavailable(`${job.name} exited with code ${code} before answering`));
      settled = true;
    });
  });
}

/**
 * `ask(file)` when there is a worker file and it runs; else `here()` in this thread (also when
 * `ask` rejects with WorkerUnavailable). Errors the worker answered are thrown as they are.
 * Without a file, `here` runs now, synchronously.
 */
export function inWorkerOrHere<T>(
  file: string | null,
  ask: (file: string) => Promise<T>,
  here: () => T | Promise<T>,
): Promise<T> {
  if (file === null) return Promise.resolve(here());
  return ask(file).catch((error: unknown) => {
    if (error instanceof WorkerUnavailable) return here();
    throw error;
  });
}

/**
 * Worker side: when this module runs as a worker thread, answers its parent once with
 * `work(request)` (or the error it threw), the request being `workerData`, or the first message
 * of a prestarted worker; `transfer` lists the answer's buffers to move rather than copy. Does
 * nothing in the main thread.
 */
export function answerParent<Request, T>(
  work: (request: Request) => T | Promise<T>,
  transfer: (value: T) => Transferable[] = () => [],
): void {
  const port = parentPort;
  if (!port) return;
  const answer = (request: Request) =>
    Promise.resolve(request)
      .then(work)
      .then(
        (value) => port.postMessage({ value } satisfies Answer<T>, transfer(value)),
        (error: unknown) => port.postMessage({ error: errorData(error) } satisfies Answer<T>),
      );
  if (workerData === WAITING)
    port.once('message', (message: { request: Request }) => answer(message.request));
  else void answer(workerData as Request);
}
