/**
 * Helpers of the data-quality checks: summaries of one column side from its sorted present values,
 * text classification of levels, and number formatting for messages (the checks' own style:
 * `5.0%`, 4 significant digits; report/format.ts writes shares differently, `5%`).
 */
import { levelCounts, type NumericSummary, presentSummary } from '../columns/prepare.js';

export type { NumericSummary };

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

/**
 * Count of each level's present values: recorded by the column's drift test (checks/columns/
 * prepare.ts), else counted once: O(rows). Callers must not write to it.
 */
export { levelCounts };

/**
 * Min, max, quartiles and mean absolute value of the present values; null when none. Recorded
 * when the drift check sorted the column (checks/columns/prepare.ts), else one sort here: O(rows).
 */
export const summarizeNumeric = presentSummary;

/** Numbers in quality messages are written by the one formatting module. */
export { formatShare, formatValue } from '../../report/format.js';

export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** Items quoted and joined: `'a', 'b'`. */
export function quoteList(items: readonly string[]): string {
  return items.map((item) => `'${item}'`).join(', ');
}
