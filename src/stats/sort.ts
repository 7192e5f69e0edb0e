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

/** Counts of each 11-bit digit of a key, per pass (the radix sort's histograms). */
function countDigits(counts: Uint32Array, low: number, high: number): void {
  counts[low & MASK]++;
  counts[BUCKETS + ((low >>> 11) & MASK)]++;
  counts[2 * BUCKETS + ((low >>> 22) | ((high & 1) << 10))]++;
  counts[3 * BUCKETS + ((high >>> 1) & MASK)]++;
  counts[4 * BUCKETS + ((high >>> 12) & MASK)]++;
  counts[5 * BUCKETS + (high >>> 23)]++;
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
  const counts = new Uint32Array(PASSES * BUCKETS);
  for (let i = 0; i < n; i++) {
    let high = words[2 * i + 1];
    let low = words[2 * i];
    if (high & 0x80000000) {
      high = ~high >>> 0;
      low = ~low >>> 0;
      words[2 * i] = low;
    } else high = (high | 0x80000000) >>> 0;
    words[2 * i + 1] = high;
    countDigits(counts, low, high);
  }
  return radixPasses(words, n, counts, values);
}

/**
 * The present (non-NaN) values of `values`, sorted ascending into the front of `out` (which must
 * hold them all); returns that part of `out`. One pass copies the present values as sort keys and
 * counts their digits (instead of a copy, then the sort's own key and counting passes). O(n).
 */
export function sortedPresent(values: Float64Array, out: Float64Array): Float64Array {
  const n = values.length;
  let count = 0;
  if (n < RADIX_MIN_LENGTH) {
    for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) out[count++] = values[i];
    return out.subarray(0, count).sort();
  }
  const source = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const words = new Uint32Array(out.buffer, out.byteOffset, out.length * 2);
  const counts = new Uint32Array(PASSES * BUCKETS);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(values[i])) continue;
    let high = source[2 * i + 1];
    let low = source[2 * i];
    if (high & 0x80000000) {
      high = ~high >>> 0;
      low = ~low >>> 0;
    } else high = (high | 0x80000000) >>> 0;
    words[2 * count] = low;
    words[2 * count + 1] = high;
    countDigits(counts, low, high);
    count++;
  }
  const present = out.subarray(0, count);
  return radixPasses(words.subarray(0, 2 * count), count, counts, present);
}

/**
 * The scatter passes of the radix sort over `words` (n keys made by the callers above, digits
 * counted), then the keys turned back into the doubles of `values` (the same memory). O(n).
 */
function radixPasses(words: Uint32Array, n: number, counts: Uint32Array, values: Float64Array): Float64Array {
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
  // keys back to doubles, into `words` (from the scratch array when the last pass wrote there)
  for (let i = 0; i < n; i++) {
    const high = source[2 * i + 1];
    const low = source[2 * i];
    if (high & 0x80000000) {
      words[2 * i + 1] = high & 0x7fffffff;
      words[2 * i] = low;
    } else {
      words[2 * i + 1] = ~high;
      words[2 * i] = ~low;
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
