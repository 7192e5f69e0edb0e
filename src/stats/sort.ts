/**
 * Sorting Float64Arrays for the rank-based tests. `Float64Array.prototype.sort` is a comparison
 * sort (about 110 ms for 1M values here); every numeric column sorts both sides, so for large
 * inputs we use an LSD radix sort on the IEEE-754 bit patterns (6 passes of 11 bits, O(n)), about
 * 3x faster. Written by hand: no well-kept npm package sorts typed floats this way.
 */

/** Below this length the built-in sort is as fast and needs no scratch buffer. */
const RADIX_MIN_LENGTH = 4096;
/** 11-bit digits: 6 passes over 64 bits with 2048 counters each (fits in L1; faster than 8 or 16 bits here). */
const BUCKETS = 2048;
const MASK = BUCKETS - 1;
const PASSES = 6;

/**
 * The scatter buffer of the radix sort, kept between calls (one per thread) and grown to the
 * largest input so far: a fresh 8 MB array per column cost page faults and left garbage that
 * raised the peak memory (every numeric column of both sides is sorted once).
 */
let scratch = new Uint32Array(0);

/** Whether `values` is in ascending order. O(n). */
export function isSortedAscending(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] < values[i - 1]) return false;
  return true;
}

/**
 * Sorts `values` ascending in place (same order as `Float64Array.prototype.sort`: -0 before +0;
 * no NaN expected) and returns it. O(n) time; a scratch array of n doubles, reused by later calls.
 */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN_LENGTH) return values.sort();
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  // Map each double to an unsigned 64-bit key with the same order: flip every bit of negatives,
  // only the sign bit of non-negatives (little-endian: word 2i is the low half, 2i+1 the high).
  for (let i = 0; i < n; i++) {
    const high = words[2 * i + 1];
    if (high & 0x80000000) {
      words[2 * i + 1] = ~high;
      words[2 * i] = ~words[2 * i];
    } else {
      words[2 * i + 1] = high | 0x80000000;
    }
  }
  const counts = new Uint32Array(PASSES * BUCKETS);
  for (let i = 0; i < n; i++) {
    const low = words[2 * i];
    const high = words[2 * i + 1];
    counts[low & MASK]++;
    counts[BUCKETS + ((low >>> 11) & MASK)]++;
    counts[2 * BUCKETS + ((low >>> 22) | ((high & 1) << 10))]++;
    counts[3 * BUCKETS + ((high >>> 1) & MASK)]++;
    counts[4 * BUCKETS + ((high >>> 12) & MASK)]++;
    counts[5 * BUCKETS + (high >>> 23)]++;
  }
  if (scratch.length < n * 2) scratch = new Uint32Array(n * 2);
  let source: Uint32Array = words;
  let target: Uint32Array = scratch;
  for (let pass = 0; pass < PASSES; pass++) {
    const offset = pass * BUCKETS;
    // a digit shared by every key leaves the order unchanged: skip the pass
    let shared = false;
    for (let d = 0; d < BUCKETS; d++) {
      if (counts[offset + d] === 0) continue;
      shared = counts[offset + d] === n;
      break;
    }
    if (shared) continue;
    let total = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const count = counts[offset + d];
      counts[offset + d] = total;
      total += count;
    }
    // one loop per digit position, so the digit is a plain shift the JIT keeps in registers
    if (pass < 2) {
      const shift = pass * 11;
      for (let i = 0; i < n; i++) {
        const low = source[2 * i];
        const at = 2 * counts[offset + ((low >>> shift) & MASK)]++;
        target[at] = low;
        target[at + 1] = source[2 * i + 1];
      }
    } else if (pass === 2) {
      for (let i = 0; i < n; i++) {
        const low = source[2 * i];
        const high = source[2 * i + 1];
        const at = 2 * counts[offset + ((low >>> 22) | ((high & 1) << 10))]++;
        target[at] = low;
        target[at + 1] = high;
      }
    } else {
      const shift = 1 + (pass - 3) * 11;
      for (let i = 0; i < n; i++) {
        const high = source[2 * i + 1];
        const at = 2 * counts[offset + ((high >>> shift) & MASK)]++;
        target[at] = source[2 * i];
        target[at + 1] = high;
      }
    }
    const swap = source;
    source = target;
    target = swap;
  }
  if (source !== words) words.set(source.subarray(0, 2 * n));
  for (let i = 0; i < n; i++) {
    const high = words[2 * i + 1];
    if (high & 0x80000000) {
      words[2 * i + 1] = high & 0x7fffffff;
    } else {
      words[2 * i + 1] = ~high;
      words[2 * i] = ~words[2 * i];
    }
  }
  return values;
}

/**
 * `values` in ascending order: the input itself when it is already sorted (callers must not
 * mutate the result), else a sorted copy. O(n) when sorted, O(n) radix sort otherwise.
 */
export function ascending(values: ArrayLike<number>): Float64Array {
  if (values instanceof Float64Array && isSortedAscending(values)) return values;
  return sortFloat64(Float64Array.from(values));
}
