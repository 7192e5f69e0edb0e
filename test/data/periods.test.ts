import { describe, expect, it } from 'vitest';
import { calendarPeriod, cutIntoPeriods, isoWeek } from '../../src/data/periods.js';
import { subsetTable } from '../../src/data/subset.js';
import type { Table } from '../../src/data/table.js';
import { UserInputError } from '../../src/errors.js';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

describe('calendar periods (UTC)', () => {
  it('ISO weeks: the Thursday decides the year (checked against Python date.isocalendar())', () => {
    expect(isoWeek(day('2026-01-01'))).toBe('2026-W01'); // a Thursday
    expect(isoWeek(day('2027-01-01'))).toBe('2026-W53'); // a Friday: week 53 of 2026
    expect(isoWeek(day('2024-12-30'))).toBe('2025-W01'); // a Monday
    expect(isoWeek(day('2026-06-15'))).toBe('2026-W25');
  });
  it('day, month, quarter', () => {
    expect(calendarPeriod(day('2026-03-09'), 'day')).toBe('2026-03-09');
    expect(calendarPeriod(day('2026-03-09'), 'month')).toBe('2026-03');
    expect(calendarPeriod(day('2026-03-31'), 'quarter')).toBe('2026-Q1');
    expect(calendarPeriod(day('2026-10-01'), 'quarter')).toBe('2026-Q4');
  });
});

const table: Table = {
  source: 'x.csv',
  rows: 5,
  delimiter: ',',
  columns: [
    {
      name: 't',
      type: 'datetime',
      values: Float64Array.from([
        day('2026-02-03'),
        day('2026-01-05'),
        NaN,
        day('2026-02-20'),
        day('2026-01-31'),
      ]),
      missing: 1,
    },
    {
      name: 'c',
      type: 'categorical',
      codes: Int32Array.from([0, 1, 2, -1, 1]),
      levels: ['a', 'b', 'c'],
      missing: 1,
    },
    { name: 'n', type: 'numeric', values: Float64Array.from([1, 2, 3, NaN, 5]), missing: 1 },
  ],
  rowLines: Uint32Array.from([2, 3, 4, 5, 6]),
};

describe('cutting a table into periods', () => {
  it('groups rows by month in time order and leaves rows without a time out', () => {
    const { periods, withoutTime } = cutIntoPeriods(table, 't', 'month');
    expect(periods.map((p) => [p.name, [...p.rows]])).toEqual([
      ['2026-01', [1, 4]],
      ['2026-02', [0, 3]],
    ]);
    expect(withoutTime).toBe(1);
  });
  it('a text column: its values, sorted', () => {
    expect(cutIntoPeriods(table, 'c', 'month').periods.map((p) => p.name)).toEqual(['a', 'b', 'c']);
  });
  it('an unknown column is an error naming the setting', () => {
    expect(() => cutIntoPeriods(table, 'nope', 'month')).toThrow(UserInputError);
    expect(() => cutIntoPeriods(table, 'nope', 'month')).toThrow(/'time-column' names column 'nope'/);
  });
  it('a subset re-codes categories to the levels it holds and recounts missing values', () => {
    const sub = subsetTable(table, Uint32Array.from([1, 3, 4]), 'x.csv#2026-01');
    const c = sub.columns[1];
    expect(c.type === 'categorical' && [...c.codes]).toEqual([0, -1, 0]);
    expect(c.type === 'categorical' && c.levels).toEqual(['b']);
    expect(c.missing).toBe(1);
    const n = sub.columns[2];
    expect(n.type === 'numeric' && [...n.values]).toEqual([2, NaN, 5]);
    expect(n.missing).toBe(1);
    expect([...(sub.rowLines ?? [])]).toEqual([3, 5, 6]);
    expect(sub.rows).toBe(3);
  });
});
