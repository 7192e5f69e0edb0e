/**
 * Helpers of the data-quality checks: summaries of one column side from its sorted present values,
 * text classification of levels, and number formatting for messages (the checks' own style:
 * `5.0%`, 4 significant digits; report/format.ts writes shares differently, `5%`).
 */
import type { CategoricalColumn, NumericColumn } from '../../data/table.js';
import { quantileSorted } from '../../stats/binning.js';
import { presentSorted } from '../columns/prepare.js';

/** A decimal number as the loader reads one ([+-] digits [. digits] [e [+-] digits]), or a non-finite token. */
// `\d+(\.\d*)?` rather than `\d+\.?\d*`, which backtracks quadratically on long digit runs (ReDoS)
const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
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

/**
 * Min, max, quartiles and mean absolute value of the present values; null when none. Uses the
 * column's sorted present values (made once, by the loader or the drift check): O(rows).
 */
export function summarizeNumeric(column: NumericColumn): NumericSummary | null {
  const sorted = presentSorted(column);
  const count = sorted.length;
  if (count === 0) return null;
  let sumAbs = 0;
  for (let i = 0; i < count; i++) sumAbs += Math.abs(sorted[i]);
  return {
    present: count,
    min: sorted[0],
    max: sorted[count - 1],
    median: quantileSorted(sorted, 0.5),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    meanAbs: sumAbs / count,
  };
}

/** Numbers in quality messages are written by the one formatting module. */
export { formatShare, formatValue } from '../../report/format.js';

export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** Items quoted and joined: `'a', 'b'`. */
export function quoteList(items: readonly string[]): string {
  return items.map((item) => `'${item}'`).join(', ');
}
