/**
 * Worker entry: reads and scans one side off the main thread. The build emits it as
 * dist/parse-worker.js next to the bundles; load.ts uses it when that file exists.
 * Input (workerData): { source, options }. Output: one message, { raw } (typed arrays
 * transferred) or { error } (a UserInputError's fields, or a bug's stack).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UserInputError } from '../errors.js';
import { readAndScan } from './read.js';
import type { RawTable } from './scan.js';

/** The ordinary ArrayBuffers to transfer; SharedArrayBuffers (most arrays, see shared.ts) are shared as they are. */
function transferList(raw: RawTable): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: ArrayBufferView | null | undefined): void => {
    if (array && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  };
  add(raw.rowLines);
  for (const column of raw.columns) {
    add(column.values);
    add(column.codes);
    add(column.sortedPresent);
  }
  return [...buffers];
}

const port = parentPort;
if (port) {
  const { source, options } = workerData;
  readAndScan(source, options).then(
    (raw) => port.postMessage({ raw }, transferList(raw)),
    (error: unknown) => {
      if (error instanceof UserInputError) {
        port.postMessage({
          error: {
            user: true,
            message: error.message,
            file: error.file,
            line: error.line,
            column: error.column,
          },
        });
      } else {
        port.postMessage({
          error: {
            user: false,
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          },
        });
      }
    },
  );
}
