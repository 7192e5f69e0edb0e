/**
 * Helpers of the data-quality checks: summaries of one column side in linear time (quickselect,
 * never a full sort), text classification of levels, and number formatting for messages.
 */
import type { CategoricalColumn, NumericColumn } from '../data/table.js';

/** A decimal number as the loader reads one ([+-] digits [. digits] [e [+-] digits]), or a non-finite token. */
const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const NON_FINITE_TEXT = /^\s*[+-]?(inf|infinity|nan)\s*$/i;
/** The start of an ISO 8601 date (YYYY-MM-DD), what the loader reads as a date. */
const DATE_TEXT =
  /^\s*\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?)?([Zz]|[+-]\d{2}:?(\d{2})?)?\s*$/;

/** Whether a level is number text (including the non-finite tokens the loader counts as numbers). */
export function isNumberText(text: string): boolean {
  return NUMBER_TEXT.test(text) || NON_FINITE_TEXT.test(text);
}

export function isDateText(text: string): boolean {
  return DATE_TEXT.test(text);
}

/** Count of each level's present values. O(rows). */
export function levelCounts(column: CategoricalColumn): Float64Array {
  const counts = new Float64Array(column.levels.length);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code >= 0 && code < counts.length) counts[code]++;
  }
  return counts;
}

/** Present-value summary of a numeric column side. */
export interface NumericSummary {
  present: number;
  min: number;
  max: number;
  median: number;
  q1: number;
  q3: number;
  /** Mean of absolute values. */
  meanAbs: number;
}

/** Min, max, quartiles and mean absolute value of the present values; null when none. Expected O(rows). */
export function summarizeNumeric(column: NumericColumn): NumericSummary | null {
  const values = column.values;
  const present = new Float64Array(values.length);
  let count = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sumAbs = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value - value !== 0) continue; // NaN (and, defensively, +-Infinity)
    present[count++] = value;
    if (value < min) min = value;
    if (value > max) max = value;
    sumAbs += Math.abs(value);
  }
  if (count === 0) return null;
  const data = present.subarray(0, count);
  const median = quantile(data, 0.5);
  const q1 = quantile(data, 0.25);
  const q3 = quantile(data, 0.75);
  return { present: count, min, max, median, q1, q3, meanAbs: sumAbs / count };
}

/** Linear-interpolated quantile (type 7) of `data`, reordering it in place. */
function quantile(data: Float64Array, p: number): number {
  const position = p * (data.length - 1);
  const low = Math.floor(position);
  const lowValue = select(data, low);
  if (low === position) return lowValue;
  // The smallest value right of `low` after partitioning is the next order statistic.
  let next = Number.POSITIVE_INFINITY;
  for (let i = low + 1; i < data.length; i++) if (data[i] < next) next = data[i];
  return lowValue + (position - low) * (next - lowValue);
}

/**
 * The k-th smallest value (0-based) of `data`, partially reordering it so that every value left of
 * k is <= and every value right of it >= the result. Quickselect with a median-of-three pivot and
 * a three-way partition (runs of equal values cost nothing extra): expected O(n).
 */
export function select(data: Float64Array, k: number): number {
  let lo = 0;
  let hi = data.length - 1;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    const a = data[lo];
    const b = data[mid];
    const c = data[hi];
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c)); // median of three
    // Dutch national flag: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const value = data[i];
      if (value < pivot) {
        data[i] = data[lt];
        data[lt] = value;
        lt++;
        i++;
      } else if (value > pivot) {
        data[i] = data[gt];
        data[gt] = value;
        gt--;
      } else {
        i++;
      }
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  return data[k];
}

/** A number for a message: at most 4 significant digits, no exponent for ordinary magnitudes. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(4));
  const magnitude = Math.abs(rounded);
  if (magnitude >= 1e-4 && magnitude < 1e15) return rounded.toString();
  return rounded.toExponential();
}

/** A share as a percentage with one decimal (two significant digits below 0.1%). */
export function formatShare(share: number): string {
  const percent = share * 100;
  if (percent > 0 && percent < 0.1) return `${Number(percent.toPrecision(2))}%`;
  return `${percent.toFixed(1)}%`;
}

/** `value` when finite, else null: JSON has no NaN or Infinity. */
export function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}
