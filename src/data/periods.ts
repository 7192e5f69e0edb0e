/**
 * Cutting one Table into periods by its time column: a datetime column by calendar unit (UTC),
 * any other column by its distinct values. Periods come out in sorted order (dates in time
 * order, numbers numerically, text by code point). Cost: O(rows) plus a sort of the period names.
 */
import { UserInputError } from '../errors.js';
import { dictionaryOf, isNumericColumn, type Table } from './table.js';

export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'value';

export interface PeriodRows {
  /** The period's name, e.g. `2026-03`, `2026-W09`, `2026-Q1`, or the column's value. */
  readonly name: string;
  /** Row indexes (0-based, ascending) of the period. */
  readonly rows: Uint32Array;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 week of a UTC date: `YYYY-Www` (the week's Thursday decides the year). */
export function isoWeek(ms: number): string {
  const date = new Date(ms);
  const day = (date.getUTCDay() + 6) % 7; // Monday 0
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${pad2(week)}`;
}

/** The period a datetime (epoch ms, UTC) falls in. */
export function calendarPeriod(ms: number, unit: Exclude<CalendarUnit, 'value'>): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (unit) {
    case 'day':
      return `${year}-${pad2(month + 1)}-${pad2(date.getUTCDate())}`;
    case 'week':
      return isoWeek(ms);
    case 'month':
      return `${year}-${pad2(month + 1)}`;
    case 'quarter':
      return `${year}-Q${Math.floor(month / 3) + 1}`;
  }
}

/**
 * The periods of `table` by `timeColumn`, in order, and how many rows had no time (left out).
 * A UserInputError when the column does not exist or holds no value to cut by.
 */
export function cutIntoPeriods(
  table: Table,
  timeColumn: string,
  unit: CalendarUnit,
): { periods: PeriodRows[]; withoutTime: number } {
  const column = table.columns.find((c) => c.name === timeColumn);
  if (!column) {
    throw new UserInputError(`'time-column' names column '${timeColumn}', not found in ${table.source}`);
  }
  const dictionary = dictionaryOf(column);
  // each row's period as a sort key and a name
  const keyOf: (row: number) => { key: number | string; name: string } | null = isNumericColumn(column)
    ? (row) => {
        const value = column.values[row];
        if (Number.isNaN(value)) return null;
        if (column.type === 'datetime' && unit !== 'value') {
          const name = calendarPeriod(value, unit);
          return { key: name, name };
        }
        return {
          key: value,
          name: column.type === 'datetime' ? new Date(value).toISOString() : String(value),
        };
      }
    : dictionary !== null
      ? (row) => {
          const code = dictionary.codes[row];
          if (code < 0) return null;
          const name = dictionary.levels[code];
          return { key: name, name };
        }
      : () => null;
  const groups = new Map<string, { key: number | string; rows: number[] }>();
  let withoutTime = 0;
  for (let row = 0; row < table.rows; row++) {
    const period = keyOf(row);
    if (period === null) {
      withoutTime++;
      continue;
    }
    let group = groups.get(period.name);
    if (!group) {
      group = { key: period.key, rows: [] };
      groups.set(period.name, group);
    }
    group.rows.push(row);
  }
  if (groups.size === 0) {
    throw new UserInputError(
      `'time-column' column '${timeColumn}' has no values to cut ${table.source} into periods by`,
    );
  }
  const periods = [...groups.entries()]
    .sort(([, a], [, b]) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(([name, group]) => ({ name, rows: Uint32Array.from(group.rows) }));
  return { periods, withoutTime };
}
