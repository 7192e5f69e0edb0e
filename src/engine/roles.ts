/**
 * The roles of columns that are not features although they look like numbers or dates: row ids
 * (`identifier`) and the time axis (`time`). New rows always get new ids and new timestamps, so
 * testing them reports drift on every run; the plan gives them these roles, and the column tests,
 * the drift share and the multivariate check leave them out (their ranges are shown instead).
 * Decided from the two Tables in O(rows) per candidate column (ids stop at the first misfit).
 */
import type { ValueRange } from '../checks/plan.js';
import { type Column, isNumericColumn, type NumericColumn } from '../data/table.js';
import { UserInputError } from '../errors.js';
import type { ColumnRole } from '../report/model.js';
import type { Settings } from '../settings/settings.js';

/** Identifier-like needs at least this many present values on each side. */
export const ID_MIN_PRESENT = 20;
/** Share of present values (and of steps between consecutive ones) that must be distinct and increasing. */
export const ID_ORDERED_SHARE = 0.99;
/**
 * The time axis: at most this share of the candidate's values lie before the reference's latest,
 * and of the reference's after the candidate's earliest ("after, or nearly").
 */
export const TIME_OVERLAP_SHARE = 0.01;

/**
 * Whether a numeric column is a row id: integers, at least ID_MIN_PRESENT present, and at least
 * ID_ORDERED_SHARE of the steps between consecutive present values increasing (which makes that
 * share distinct too). O(rows), stopping early.
 */
export function isRowId(column: NumericColumn): boolean {
  const values = column.values;
  const present = values.length - column.missing;
  if (present < ID_MIN_PRESENT) return false;
  const allowed = Math.floor((present - 1) * (1 - ID_ORDERED_SHARE));
  let misfits = 0;
  let previous = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isNaN(value)) continue;
    if (Math.floor(value) !== value) return false;
    if (!(value > previous) && !Number.isNaN(previous) && ++misfits > allowed) return false;
    previous = value;
  }
  return true;
}

/** The present values' smallest and largest, and how many lie below `below` / above `above`. O(rows). */
function extent(column: NumericColumn): { min: number | null; max: number | null } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of column.values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? { min, max } : { min: null, max: null };
}

function countWhere(column: NumericColumn, test: (value: number) => boolean): number {
  let n = 0;
  for (const value of column.values) if (test(value)) n++;
  return n;
}

/** Whether the candidate's datetimes lie after the reference's (or nearly: TIME_OVERLAP_SHARE). O(rows). */
export function isTimeAxis(reference: NumericColumn, candidate: NumericColumn): boolean {
  const ref = extent(reference);
  const cand = extent(candidate);
  if (ref.min === null || ref.max === null || cand.min === null || cand.max === null) return false;
  if (cand.min >= ref.max) return cand.max > ref.min;
  const refMax = ref.max;
  const candMin = cand.min;
  const candPresent = candidate.values.length - candidate.missing;
  const refPresent = reference.values.length - reference.missing;
  return (
    countWhere(candidate, (v) => v < refMax) <= TIME_OVERLAP_SHARE * candPresent &&
    countWhere(reference, (v) => v > candMin) <= TIME_OVERLAP_SHARE * refPresent
  );
}

/** The role and range of a feature column that is an identifier or the time axis, else null. */
export function detectRole(
  name: string,
  reference: Column | undefined,
  candidate: Column | undefined,
  settings: Settings,
): { role: Extract<ColumnRole, 'identifier' | 'time'>; range: ValueRange } | null {
  if (settings.columnSettings[name]?.type !== undefined) return null;
  if (!reference || !candidate || !isNumericColumn(reference) || !isNumericColumn(candidate)) return null;
  const range = (): ValueRange => ({ reference: extent(reference), candidate: extent(candidate) });
  if (name === settings.timeColumn) return { role: 'time', range: range() };
  if (reference.type === 'numeric' && candidate.type === 'numeric') {
    return isRowId(reference) && isRowId(candidate) ? { role: 'identifier', range: range() } : null;
  }
  if (reference.type === 'datetime' && candidate.type === 'datetime' && isTimeAxis(reference, candidate)) {
    return { role: 'time', range: range() };
  }
  return null;
}

/** `time-column` names a column on both sides whose values are dates or numbers. */
export function checkTimeColumn(
  reference: readonly Column[],
  candidate: readonly Column[],
  settings: Settings,
): void {
  const name = settings.timeColumn;
  if (name === null) return;
  const ref = reference.find((c) => c.name === name);
  const cand = candidate.find((c) => c.name === name);
  if (!ref && !cand)
    throw new UserInputError(`'time-column' names column '${name}', not found in either file`);
  for (const column of [ref, cand]) {
    if (column && !isNumericColumn(column)) {
      throw new UserInputError(
        `'time-column' names column '${name}', which reads as ${column.type}, not as dates or numbers: set its \`type: datetime\` in column-settings or fix its values`,
      );
    }
  }
  if (name === settings.target || name === settings.prediction) {
    throw new UserInputError(
      `'time-column' names column '${name}', which is the ${name === settings.target ? 'target' : 'prediction'}`,
    );
  }
}
