/**
 * Worker entry: reads and scans one side off the main thread. The build emits it as
 * dist/parse-worker.js next to the bundles; load.ts uses it when that file exists.
 * Request (the first message): a ParseRequest { source, options }. Answer: the RawTable (its ordinary
 * ArrayBuffers transferred), or the error; the protocol is in src/workers/thread.ts.
 */
import { answerParent } from '../workers/thread.js';
import { type ParseRequest, readAndScan } from './read.js';
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
  }
  return [...buffers];
}

answerParent((request: ParseRequest) => readAndScan(request.source, request.options), transferList);
