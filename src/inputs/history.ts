/**
 * The history file of scheduled monitoring (setting `history`): JSON lines, one per run, each
 * holding the numbers of the periods that run compared (per column: effect size, drift, outcome,
 * median). Read before a run (earlier periods join the trend) and appended to after it; never
 * rewritten. A line that is not JSON, or a line of this format with a field missing, is a
 * UserInputError naming the line (history is never dropped silently); a line of another format
 * version is skipped with a reason the report shows.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserInputError } from '../errors.js';

export const HISTORY_FORMAT = 'drift-gate-history';
/** The line format this version writes and reads. */
export const HISTORY_VERSION = 1;

export type HistoryOutcome = 'pass' | 'warn' | 'fail';

export interface HistoryColumn {
  readonly name: string;
  readonly effect: number | null;
  readonly drift: boolean | null;
  readonly outcome: HistoryOutcome | null;
  readonly median: number | null;
}

export interface HistoryPeriod {
  readonly name: string;
  readonly rows: number;
  readonly verdict: HistoryOutcome;
  readonly driftShare: number;
  readonly driftedColumns: readonly string[];
  readonly labelled: boolean | null;
  readonly columns: readonly HistoryColumn[];
}

export interface HistoryLine {
  readonly format: typeof HISTORY_FORMAT;
  readonly version: typeof HISTORY_VERSION;
  /** When the run happened (ISO 8601). */
  readonly time: string;
  readonly reference: string;
  readonly candidate: string;
  readonly periods: readonly HistoryPeriod[];
}

export interface HistoryRead {
  /** The periods of earlier runs, the latest line winning for a name, in order of first appearance. */
  readonly periods: HistoryPeriod[];
  readonly skippedLines: { line: number; reason: string }[];
}

type Check = (condition: boolean, what: string) => void;

const isNumberOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));
const isOutcome = (v: unknown): boolean => v === 'pass' || v === 'warn' || v === 'fail';

function checkColumn(value: unknown, at: string, check: Check): void {
  const c = value as Record<string, unknown>;
  check(typeof c === 'object' && c !== null, `${at} is not an object`);
  check(typeof c.name === 'string', `${at}.name is not a string`);
  check(isNumberOrNull(c.effect), `${at}.effect is not a number or null`);
  check(c.drift === null || typeof c.drift === 'boolean', `${at}.drift is not true, false or null`);
  check(c.outcome === null || isOutcome(c.outcome), `${at}.outcome is not pass, warn, fail or null`);
  check(isNumberOrNull(c.median), `${at}.median is not a number or null`);
}

function checkPeriod(value: unknown, at: string, check: Check): void {
  const p = value as Record<string, unknown>;
  check(typeof p === 'object' && p !== null, `${at} is not an object`);
  check(typeof p.name === 'string' && p.name !== '', `${at}.name is not a name`);
  check(Number.isInteger(p.rows) && (p.rows as number) >= 0, `${at}.rows is not a count`);
  check(isOutcome(p.verdict), `${at}.verdict is not pass, warn or fail`);
  check(typeof p.driftShare === 'number', `${at}.driftShare is not a number`);
  check(Array.isArray(p.driftedColumns), `${at}.driftedColumns is not a list`);
  check(p.labelled === null || typeof p.labelled === 'boolean', `${at}.labelled is not true, false or null`);
  check(Array.isArray(p.columns), `${at}.columns is not a list`);
  for (const [i, column] of (p.columns as unknown[]).entries())
    checkColumn(column, `${at}.columns[${i}]`, check);
}

/** One line's content as a HistoryLine, 'skip' with a reason for another version, or a UserInputError. */
function parseLine(text: string, file: string, line: number): HistoryLine | { skip: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserInputError(
      `history line ${line} is not valid JSON (${(error as Error).message}); fix or remove that line (the file is append-only: earlier lines are never rewritten)`,
      { file, line },
    );
  }
  const record = value as Record<string, unknown>;
  const check: Check = (condition, what) => {
    if (!condition) throw new UserInputError(`history line ${line}: ${what}`, { file, line });
  };
  check(typeof record === 'object' && record !== null && !Array.isArray(record), 'is not a JSON object');
  check(
    record.format === HISTORY_FORMAT,
    `is not a drift-gate history line (format is not '${HISTORY_FORMAT}')`,
  );
  if (record.version !== HISTORY_VERSION) {
    return {
      skip: `history format version ${JSON.stringify(record.version)}; this drift-gate reads version ${HISTORY_VERSION}`,
    };
  }
  check(typeof record.time === 'string', 'time is not a string');
  check(typeof record.candidate === 'string', 'candidate is not a string');
  check(typeof record.reference === 'string', 'reference is not a string');
  check(Array.isArray(record.periods), 'periods is not a list');
  for (const [i, period] of (record.periods as unknown[]).entries())
    checkPeriod(period, `periods[${i}]`, check);
  return record as unknown as HistoryLine;
}

/** Reads the history file at `absolute` (`label` names it in messages); a missing file is an empty history. O(file size). */
export function readHistory(absolute: string, label: string): HistoryRead {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { periods: [], skippedLines: [] };
    throw new UserInputError(`could not read the history file (${code ?? String(error)})`, { file: label });
  }
  const byName = new Map<string, HistoryPeriod>();
  const skippedLines: { line: number; reason: string }[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const content = raw.trim();
    if (content === '') return;
    const parsed = parseLine(content, label, index + 1);
    if ('skip' in parsed) {
      skippedLines.push({ line: index + 1, reason: parsed.skip });
      return;
    }
    for (const period of parsed.periods) byName.set(period.name, period);
  });
  return { periods: [...byName.values()], skippedLines };
}

/** Appends one line to the history file (creating it and its folder); never rewrites earlier lines. */
export function appendHistory(absolute: string, line: HistoryLine): void {
  mkdirSync(path.dirname(absolute), { recursive: true });
  appendFileSync(absolute, `${JSON.stringify(line)}\n`);
}
