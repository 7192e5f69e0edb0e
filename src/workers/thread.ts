/**
 * Requests and answers in worker threads: the plumbing the parse worker (data/load.ts,
 * dist/parse-worker.js) and the compare worker (engine/joint.ts, dist/compare-worker.js) share.
 *
 * The protocol:
 * - The parent starts the worker and posts it the request as its first message,
 *   `{ request, next? }` (structured clone: arrays on SharedArrayBuffers are shared, other arrays
 *   copied).
 * - The worker (see `answerParent`) computes and posts exactly one message: `{ value }` (buffers in
 *   the transfer list move instead of being copied), or `{ error }`, the thrown error as ErrorData.
 * - On that message the parent terminates the worker (so its heap is freed now, not at its exit)
 *   and resolves with `value`, or rejects with the error rebuilt: a UserInputError with its file,
 *   line and column, or, for a bug, an Error carrying the worker's stack.
 * - With `next` (a worker file), the worker is handed on instead of ended: once it has answered,
 *   it loads `next` and waits for that file's request, and the parent keeps it as a started
 *   worker of `next` (below). The parse worker becomes the compare worker this way, so the joint
 *   checks need no thread of their own to start (a Node thread and its bundle: about 0.1 s, on
 *   a core the other side's read still needs).
 * - A worker that cannot start, throws outside the request (a missing or broken file), or exits
 *   before answering rejects with WorkerUnavailable; `inWorkerOrHere` then does the work in this
 *   thread instead, so a broken build costs speed, never the result.
 * - A worker can also be started before its request is known (`prestartWorker`), so its start
 *   (a Node thread and its bundle to compile: 0.1-0.2 s) overlaps the parent's work; the next
 *   askWorker for its file posts the request to it instead of starting another.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, type Transferable, Worker } from 'node:worker_threads';
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

/**
 * What a worker is asked. `name` words the errors, e.g. `parse worker`; `next`: the worker file
 * to hand the worker on to once it has answered (see the protocol above).
 */
export interface WorkerJob {
  readonly file: string;
  readonly name: string;
  readonly request: unknown;
  readonly next?: string;
}

/** The message that asks a worker. */
interface Asked {
  readonly request: unknown;
  readonly next?: string;
}

const PRESTARTED = Symbol.for('drift-gate: prestarted workers');

/**
 * Started workers not yet asked (prestarted, or handed on), by file: one map for the process,
 * found through a global symbol, because the launcher's bundle (dist/cli.js, dist/index.js)
 * prestarts the parse worker before the body's bundle, with its own copy of this module, is loaded.
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
    worker = new Worker(file);
  } catch {
    return;
  }
  keepStarted(file, worker);
}

/**
 * Keeps `worker` (prestarted, or handed on to `file`) for the next askWorker of `file`, without
 * keeping the process alive; forgets it if it fails or exits first.
 */
function keepStarted(file: string, worker: Worker): void {
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

/** How many started workers wait for a request of `file` (prestarted or handed on). */
export function waitingWorkers(file: string): number {
  return prestarted.get(file)?.length ?? 0;
}

/** A started worker of `file`, or a new one, asked `asked`. */
function workerFor(file: string, asked: Asked): Worker {
  const worker = prestarted.get(file)?.shift() ?? new Worker(file);
  worker.ref();
  worker.postMessage(asked);
  return worker;
}

/**
 * Runs `job.file` on `job.request` and settles with its answer (see the protocol above). Rejects
 * with WorkerUnavailable when the worker cannot run, with the rebuilt error when it answered one.
 */
export function askWorker<T>(job: WorkerJob): Promise<T> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = workerFor(job.file, {
        request: job.request,
        ...(job.next === undefined ? {} : { next: job.next }),
      });
    } catch (error) {
      reject(new WorkerUnavailable(String(error)));
      return;
    }
    let settled = false;
    worker.once('message', (message: Answer<T>) => {
      settled = true;
      if (job.next === undefined) void worker.terminate();
      else keepStarted(job.next, worker);
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
 * Worker side: when this module runs as a worker thread, answers its parent's request (the first
 * message) once with `work(request)` (or the error it threw); `transfer` lists the answer's
 * buffers to move rather than copy. Handed on (`next`), it then loads that file, whose own
 * answerParent waits for the next request. Does nothing in the main thread.
 */
export function answerParent<Request, T>(
  work: (request: Request) => T | Promise<T>,
  transfer: (value: T) => Transferable[] = () => [],
): void {
  const port = parentPort;
  if (!port) return;
  port.once('message', (asked: Asked) =>
    Promise.resolve(asked.request as Request)
      .then(work)
      .then(
        (value) => port.postMessage({ value } satisfies Answer<T>, transfer(value)),
        (error: unknown) => port.postMessage({ error: errorData(error) } satisfies Answer<T>),
      )
      .then(() => {
        // a file that fails to load ends the thread with an error event: the parent forgets the
        // waiting worker, or the ask already posted to it rejects with WorkerUnavailable
        if (asked.next !== undefined) return import(/* webpackIgnore: true */ pathToFileURL(asked.next).href);
      }),
  );
}
