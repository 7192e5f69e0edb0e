/**
 * Seeded randomness for the multivariate and image checks, so the same data always gives the same
 * report: mulberry32 (32-bit state, period 2^32), Fisher-Yates shuffles and sorted subsamples.
 */

/** A deterministic generator of uniform numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 0 .. n-1 in a seeded random order (Fisher-Yates). O(n). */
export function shuffledIndices(n: number, random: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}

/**
 * At most `max` of the indices 0 .. n-1, chosen at random with `seed` and returned in ascending
 * order; all of them when n <= max. The same indices as the first `max` of
 * `shuffledIndices(n, seededRandom(seed))`, with less work: a step at position i >= max only
 * moves order[i] to j (position i is never read again), and the steps below `max` only reorder
 * the first `max`, which are sorted anyway. O(n).
 */
export function subsampleIndices(n: number, max: number, seed: number): Int32Array {
  if (n <= max) return Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i >= max; i--) order[Math.floor(random() * (i + 1))] = order[i];
  return order.slice(0, max).sort();
}

/**
 * Splits 0 .. n-1 at random into a training part (round(n * trainShare) rows, at least 1) and the
 * held-out rest, both in ascending order.
 */
export function splitIndices(
  n: number,
  trainShare: number,
  seed: number,
): { training: Int32Array; heldOut: Int32Array } {
  const order = shuffledIndices(n, seededRandom(seed));
  const cut = Math.min(n - 1, Math.max(1, Math.round(n * trainShare)));
  return { training: order.slice(0, cut).sort(), heldOut: order.slice(cut).sort() };
}
