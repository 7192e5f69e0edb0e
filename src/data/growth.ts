/**
 * Growth of typed arrays filled one row (or one dictionary level) at a time: the one place the
 * data layer copies an array into a larger one. Callers double the capacity, so filling n
 * entries copies fewer than 2n in all.
 */

type Growable = Float64Array | Int32Array | Uint32Array | Uint8Array;

/**
 * A copy of `array` with room for `length` entries (the new ones zero), of the same type and on
 * the same kind of buffer: a SharedArrayBuffer-backed array stays shared (see shared.ts). O(length).
 */
export function grown<T extends Growable>(array: T, length: number): T {
  const bytes = length * array.BYTES_PER_ELEMENT;
  const buffer =
    array.buffer instanceof SharedArrayBuffer ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  const next = new (array.constructor as new (buffer: ArrayBufferLike) => T)(buffer);
  next.set(array);
  return next;
}

/** `capacity` doubled until it holds `needed` entries (at least 1). */
export function doubled(capacity: number, needed: number): number {
  let next = Math.max(1, capacity);
  while (next < needed) next *= 2;
  return next;
}
