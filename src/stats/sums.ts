/**
 * The plain sums of a sample that several statistics of one column read: describeSorted's mean,
 * the quality summary's mean absolute value and the normed Wasserstein distance's standard
 * deviation each made their own O(n) pass over the same sorted array. Within `sharingSums` (a
 * column's tests), one pass makes both sums of an array and the next reader takes them. Each sum
 * adds the values in index order from 0, as the separate passes did: the same doubles.
 */

/** Sum of the values and sum of their absolute values, each added in index order. */
export interface PlainSums {
  readonly sum: number;
  readonly sumAbs: number;
}

/** The sums of the current sharing scope, by array; null outside one. */
let shared: Map<Float64Array, PlainSums> | null = null;

/**
 * Runs `body` with sums shared between its readers: the caller promises not to write to any array
 * summed until `body` returns (a column's tests read its sorted samples only).
 */
export function sharingSums<T>(body: () => T): T {
  const outer = shared;
  shared = new Map();
  try {
    return body();
  } finally {
    shared = outer;
  }
}

/** The plain sums of `values`, from the scope when made there. O(n) once per scope. */
export function plainSums(values: Float64Array): PlainSums {
  const known = shared?.get(values);
  if (known) return known;
  let sum = 0;
  let sumAbs = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    sum += value;
    sumAbs += Math.abs(value);
  }
  const sums = { sum, sumAbs };
  shared?.set(values, sums);
  return sums;
}
