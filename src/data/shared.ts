/**
 * Typed arrays on SharedArrayBuffer: the loader allocates the per-row arrays of a Table this way
 * so a worker thread (the joint checks, see compare-worker.ts) gets the Tables without a copy
 * (structured clone shares SharedArrayBuffer memory; it copies ordinary ArrayBuffers).
 */

export function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}

export function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
}

export function sharedUint32(length: number): Uint32Array {
  return new Uint32Array(new SharedArrayBuffer(length * Uint32Array.BYTES_PER_ELEMENT));
}

/** Whether the array's memory is a SharedArrayBuffer (shared, not copied, with a worker). */
export function isShared(array: ArrayBufferView): boolean {
  return array.buffer instanceof SharedArrayBuffer;
}

/** A copy of `array` on a SharedArrayBuffer. */
export function sharedCopy<T extends Float64Array | Int32Array | Uint32Array>(array: T): T {
  const copy =
    array instanceof Float64Array
      ? sharedFloat64(array.length)
      : array instanceof Int32Array
        ? sharedInt32(array.length)
        : sharedUint32(array.length);
  copy.set(array);
  return copy as T;
}

/** `array` itself when shared, else a copy on a SharedArrayBuffer. */
export function asShared<T extends Float64Array | Int32Array | Uint32Array>(array: T): T {
  return isShared(array) ? array : sharedCopy(array);
}

/**
 * The first `rows` entries, on a SharedArrayBuffer: a view when little is wasted, else a copy
 * (frees the spare room).
 */
export function fitted<T extends Float64Array | Int32Array | Uint32Array>(array: T, rows: number): T {
  const view = array.subarray(0, rows) as T;
  return array.length > rows * 1.25 + 64 ? sharedCopy(view) : asShared(view);
}
