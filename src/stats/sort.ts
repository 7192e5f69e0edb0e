/**
 * Sorting Float64Arrays for the rank-based tests. `Float64Array.prototype.sort` is a comparison
 * sort (about 110 ms for 1M values here); every numeric column sorts both sides, so for large
 * inputs we use an LSD radix sort on the IEEE-754 bit patterns (6 passes of 11 bits, O(n)), about
 * 3x faster. Data read from text are mostly decimals with a few places (`40.0037`): those are
 * sorted as 32-bit integers (value x 10^places, less the smallest), 1 to 3 passes over half the
 * bytes (decimalSorted). Written by hand: no well-kept npm package sorts typed floats this way.
 */
import { searchLeft } from './util.js';

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
  if (decimalSorted(values, values, n) === n) return values;
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
  count = decimalSorted(values, out, n);
  if (count >= 0) return out.subarray(0, count);
  count = 0;
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

/** Most decimal places decimalSorted tries (10^9 x a value under 4.29 still spans under 2^32 units). */
const MAX_PLACES = 9;
const POWERS_OF_TEN = Array.from({ length: MAX_PLACES + 1 }, (_, k) => 10 ** k);
/** Values sampled to guess the places before the full check. */
const PLACES_SAMPLE = 64;

/** The fewest places (0 .. MAX_PLACES) with which `value` is exactly a decimal, or -1. */
function placesOf(value: number): number {
  for (let k = 0; k <= MAX_PLACES; k++) {
    const scale = POWERS_OF_TEN[k];
    if (Math.round(value * scale) / scale === value) return k;
  }
  return -1;
}

/**
 * Sorts the present (non-NaN) values of `values[0, n)` into the front of `out` (which may be
 * `values` itself) when every one is a decimal with at most MAX_PLACES places (guessed from a
 * sample, raised when a value has more) and their spread is under 2^32 units of the last place.
 * Returns how many were sorted, or -1 (then nothing was written) for the caller's 64-bit sort.
 * Exact, not approximate: a value v is used only when v === m / 10^k for the integer
 * m = round(v x 10^k); division rounds correctly and monotonically, so m1 < m2 exactly when
 * v1 < v2, and each v is written back as m / 10^k, the same double (-0, which shares +0's key, is
 * put back before the +0s). Values beyond 2^53 units go to the 64-bit sort.
 * O(n): one checking pass that also keeps each value's units (as a 32-bit offset from the first
 * value's), then a counting sort when the spread is under the count (one counting pass, one
 * writing pass over the distinct units: 14 -> 5 ms for 1M integer ages), else the radix sort of
 * the 32-bit keys: one 11-bit scatter pass per varying digit (digits shared by every key are
 * skipped), one writing pass. The keys and counts live in the kept scratch array.
 */
export function decimalSorted(values: Float64Array, out: Float64Array, n: number): number {
  let places = -1;
  for (let s = 0; s < PLACES_SAMPLE; s++) {
    const value = values[Math.floor((s * n) / PLACES_SAMPLE)];
    if (Number.isNaN(value)) continue;
    const k = placesOf(value);
    if (k < 0) return -1;
    if (k > places) places = k;
  }
  if (places < 0) return -1;
  if (scratch.length < n * 2) scratch = new Uint32Array(n * 2);
  // units less the first value's, modulo 2^32: exact whenever the spread is under 2^32
  const offsets = new Int32Array(scratch.buffer, 0, n);
  let scale = POWERS_OF_TEN[places];
  let first = 0;
  let least = Infinity;
  let most = -Infinity;
  let count = 0;
  let negativeZeros = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (Number.isNaN(value)) continue;
    const units = Math.round(value * scale);
    if (units / scale !== value || !(Math.abs(units) <= MAX_EXACT)) {
      // a value with more places than the sample showed (`1.5e-7` among 4-place values): start
      // over with its places, at most MAX_PLACES times in all
      const more = placesOf(value);
      if (more <= places || !(Math.abs(value) * POWERS_OF_TEN[more] <= MAX_EXACT)) return -1;
      places = more;
      scale = POWERS_OF_TEN[places];
      least = Infinity;
      most = -Infinity;
      count = negativeZeros = 0;
      i = -1;
      continue;
    }
    if (count === 0) first = units;
    offsets[count++] = units - first;
    if (units < least) least = units;
    if (units > most) most = units;
    if (value === 0 && 1 / value < 0) negativeZeros++;
  }
  const spread = most - least;
  // in place, a NaN would leave a hole: those go to the 64-bit sort
  if (count === 0 || spread > 0xffffffff || (out === values && count !== n)) return -1;
  const shift = (least - first) | 0;
  if (spread < count) countingSort(offsets, count, shift, spread, out, least, scale);
  else radixSort32(offsets, count, shift, out, least, scale);
  // -0 and +0 share the key 0 and come out +0: the -0s go first among the zeros, as Float64Array.sort
  // puts them. The negatives are counted here, not in the pass: `value < 0` there is a branch the
  // processor cannot predict on a column of both signs (14 columns of bench/data/1m sorted in
  // 166-172 ms against 182-194 ms, best and median of 8).
  if (negativeZeros > 0) {
    const negatives = searchLeft(out.subarray(0, count), 0);
    out.fill(-0, negatives, negatives + negativeZeros);
  }
  return count;
}

/**
 * decimalSorted's counting sort: the keys are offsets[i] - shift (0 .. spread, spread < count),
 * counted in the scratch array after the offsets; each distinct key's value (key + least) / scale
 * is written as many times as it occurs. O(count + spread).
 */
function countingSort(
  offsets: Int32Array,
  count: number,
  shift: number,
  spread: number,
  out: Float64Array,
  least: number,
  scale: number,
): void {
  const counts = scratch.subarray(count, count + spread + 1);
  counts.fill(0);
  for (let i = 0; i < count; i++) counts[(offsets[i] - shift) | 0]++;
  let at = 0;
  for (let key = 0; key <= spread; key++) {
    const end = at + counts[key];
    if (end === at) continue;
    const value = (key + least) / scale;
    while (at < end) out[at++] = value;
  }
}

/**
 * decimalSorted's radix sort of the 32-bit keys offsets[i] - shift (written over the offsets),
 * then each key's value (key + least) / scale into `out`. O(count) per varying 11-bit digit.
 */
function radixSort32(
  offsets: Int32Array,
  count: number,
  shift: number,
  out: Float64Array,
  least: number,
  scale: number,
): void {
  let keys = scratch.subarray(0, count);
  let target = scratch.subarray(count, 2 * count);
  const counts = new Uint32Array(3 * BUCKETS);
  for (let i = 0; i < count; i++) {
    const key = (offsets[i] - shift) >>> 0;
    keys[i] = key;
    counts[key & MASK]++;
    counts[BUCKETS + ((key >>> 11) & MASK)]++;
    counts[2 * BUCKETS + (key >>> 22)]++;
  }
  for (let pass = 0; pass < 3; pass++) {
    const offset = pass * BUCKETS;
    const digit = pass * 11;
    if (digitShared(counts, offset, count)) continue;
    prefixSums(counts, offset);
    for (let i = 0; i < count; i++) {
      const key = keys[i];
      target[counts[offset + ((key >>> digit) & MASK)]++] = key;
    }
    const swap = keys;
    keys = target;
    target = swap;
  }
  for (let i = 0; i < count; i++) out[i] = (keys[i] + least) / scale;
}

/** Integers up to 2^53 are exact doubles. */
const MAX_EXACT = 2 ** 53;

/** Whether one digit value holds all `n` keys in the histogram at `offset` (its pass would change nothing). */
function digitShared(counts: Uint32Array, offset: number, n: number): boolean {
  for (let d = 0; d < BUCKETS; d++) {
    if (counts[offset + d] !== 0) return counts[offset + d] === n;
  }
  return false;
}

/** Turns the histogram at `offset` into each digit's first position (exclusive prefix sums). */
function prefixSums(counts: Uint32Array, offset: number): void {
  let total = 0;
  for (let d = 0; d < BUCKETS; d++) {
    const count = counts[offset + d];
    counts[offset + d] = total;
    total += count;
  }
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
    if (digitShared(counts, offset, n)) continue;
    prefixSums(counts, offset);
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
