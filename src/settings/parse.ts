/**
 * Parsers of setting values. Every value arrives either typed (YAML from the config file) or as
 * a string (action inputs, CLI flags); each parser accepts both and calls `fail` (which throws a
 * UserInputError naming the key and the expected form) on anything else. Never coerces silently.
 */
import type { ColumnType } from '../data/table.js';
import { getStatTest } from '../stats/registry.js';
import type { ColumnKind } from '../stats/types.js';

/** Throws the setting's "bad value" error, with an optional detail. */
export type Fail = (detail?: string) => never;

/** What fails the run, from the most lenient to the strictest: never < dataset-drift < column-drift < warning. */
export type FailOn = 'dataset-drift' | 'column-drift' | 'warning' | 'never';
export type Correction = 'fdr' | 'bonferroni' | 'none';
export type Task = 'classification' | 'regression';
export type Delimiter = ',' | ';' | '\t' | '|';

/** A choice that can be made for all columns, per column kind, or left to the default. */
export interface PerKind<T> {
  readonly all: T | null;
  readonly numeric: T | null;
  readonly categorical: T | null;
}

/** A data-quality finding's severity as configured; `off` drops the finding. */
export type SeverityChoice = 'error' | 'warning' | 'info' | 'off';

export interface ColumnSettings {
  readonly stattest?: string;
  readonly threshold?: number;
  readonly type?: ColumnType;
  readonly ignore?: boolean;
  /** Data-quality severities for this column's findings, overriding `quality-severity`. */
  readonly qualitySeverity?: Readonly<Record<string, SeverityChoice>>;
}

export const FAIL_ON_CHOICES: readonly FailOn[] = ['dataset-drift', 'column-drift', 'warning', 'never'];
export const CORRECTION_CHOICES: readonly Correction[] = ['fdr', 'bonferroni', 'none'];
export const TASK_CHOICES: readonly Task[] = ['classification', 'regression'];
export const SEVERITY_CHOICES: readonly SeverityChoice[] = ['error', 'warning', 'info', 'off'];
const COLUMN_TYPES: readonly ColumnType[] = ['numeric', 'categorical', 'boolean', 'datetime', 'identifier'];

export function asText(value: unknown, fail: Fail): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail();
}

/** Text, with the empty string read as "not set" (null). */
export function asOptionalText(value: unknown, fail: Fail): string | null {
  const text = asText(value, fail);
  return text === '' ? null : text;
}

/** A YAML list of strings, or a comma/newline separated string; empty items dropped unless `keepEmpty`. */
export function asList(value: unknown, fail: Fail, options: { keepEmpty?: boolean } = {}): string[] {
  const items = Array.isArray(value)
    ? value.map((item) => (typeof item === 'string' || typeof item === 'number' ? String(item) : fail()))
    : asText(value, fail).split(/[,\n]/);
  const trimmed = items.map((item) => item.trim());
  return options.keepEmpty ? trimmed : trimmed.filter((item) => item !== '');
}

/** A list, with the empty list read as "not set" (null). */
export function asOptionalList(value: unknown, fail: Fail): readonly string[] | null {
  const list = asList(value, fail);
  return list.length > 0 ? list : null;
}

function parseNumber(text: string, fail: Fail): number {
  const trimmed = text.trim();
  const number = trimmed === '' ? Number.NaN : Number(trimmed);
  return Number.isFinite(number) ? number : fail();
}

export function asNumber(value: unknown, fail: Fail): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : fail();
  if (typeof value === 'string') return parseNumber(value, fail);
  return fail();
}

/** `true` or `false` (any case), or a YAML boolean. */
export function asBoolean(value: unknown, fail: Fail): boolean {
  if (typeof value === 'boolean') return value;
  const text = asText(value, fail).toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  return fail();
}

export function asEnum<T extends string>(value: unknown, allowed: readonly T[], fail: Fail): T {
  const text = asText(value, fail);
  return (allowed as readonly string[]).includes(text) ? (text as T) : fail();
}

export function checkPositive(value: number, fail: Fail): number {
  return value > 0 ? value : fail('must be greater than 0');
}

export function checkNonNegative(value: number, fail: Fail): number {
  return value >= 0 ? value : fail('must not be negative');
}

export function checkUnitOpen(value: number, fail: Fail): number {
  return value > 0 && value < 1 ? value : fail('must lie strictly between 0 and 1');
}

/** A number in [low, high] (no detail in the error: the form says the range). */
export function checkRange(value: number, low: number, high: number, fail: Fail): number {
  return value >= low && value <= high ? value : fail();
}

/** An integer in [low, high]. */
export function checkInteger(value: number, low: number, high: number, fail: Fail): number {
  return Number.isInteger(value) && value >= low && value <= high ? value : fail();
}

/** `,` `;` `|`, or a tab written as `tab`, a tab character or `\t`; empty: detected (null). */
export function asDelimiter(value: unknown, fail: Fail): Delimiter | null {
  const text = asOptionalText(value, fail);
  if (text === null) return null;
  if (text === 'tab' || text === '\t' || text === '\\t') return '\t';
  if (text === ',' || text === ';' || text === '|') return text;
  return fail();
}

/** `value` for all columns, or `numeric=value,categorical=value` (either kind may be left out). */
export function parsePerKind<T>(
  text: string,
  fail: Fail,
  parseValue: (text: string, fail: Fail, kind: ColumnKind | null) => T,
): PerKind<T> {
  if (!text.includes('='))
    return { all: parseValue(text.trim(), fail, null), numeric: null, categorical: null };
  const result: { all: T | null; numeric: T | null; categorical: T | null } = {
    all: null,
    numeric: null,
    categorical: null,
  };
  for (const part of text.split(/[,\n]/)) {
    if (part.trim() === '') continue;
    const [rawKind, rawValue, extra] = part.split('=').map((s) => s.trim());
    if (extra !== undefined || rawValue === undefined) fail(`'${part.trim()}' is not kind=value`);
    if (rawKind !== 'numeric' && rawKind !== 'categorical') fail(`unknown column kind '${rawKind}'`);
    result[rawKind] = parseValue(rawValue, fail, rawKind);
  }
  return result;
}

/** `auto` or a registered test id (that applies to `kind`, when given). */
export function parseTestId(id: string, fail: Fail, kind: ColumnKind | null): string {
  if (id === 'auto') return id;
  const test = getStatTest(id);
  if (!test) fail(`unknown test '${id}'`);
  if (kind && !test.columnKinds.includes(kind)) fail(`'${id}' does not apply to ${kind} columns`);
  return id;
}

/** The `stattest` setting: `auto`, one test id, or per kind. */
export function parseStattest(value: unknown, fail: Fail): PerKind<string> {
  return parsePerKind(asText(value, fail), fail, parseTestId);
}

/** The `threshold` setting: a positive number (YAML or text), or per kind. */
export function parseThreshold(value: unknown, fail: Fail): PerKind<number> {
  if (typeof value === 'number') return { all: checkPositive(value, fail), numeric: null, categorical: null };
  return parsePerKind(asText(value, fail), fail, (text, f) => checkPositive(parseNumber(text, f), f));
}

/** The `missing-values` setting: the empty field first (always missing), then the given tokens. */
export function parseMissingValues(value: unknown, fail: Fail): readonly string[] {
  return ['', ...asList(value, fail, { keepEmpty: true }).filter((token) => token !== '')];
}

/**
 * A map (YAML) or `check=severity,check=severity` text of data-quality check ids to severities.
 * The ids are checked against the quality-check registry by the engine's plan (settings may not
 * import src/checks).
 */
export function parseSeverities(value: unknown, fail: Fail): Readonly<Record<string, SeverityChoice>> {
  const out: Record<string, SeverityChoice> = {};
  const entries: [string, unknown][] = isPlainObject(value)
    ? Object.entries(value)
    : asText(value, fail)
        .split(/[,\n]/)
        .filter((part) => part.trim() !== '')
        .map((part) => {
          const [check, severity, extra] = part.split('=').map((x) => x.trim());
          if (extra !== undefined || severity === undefined) fail(`'${part.trim()}' is not check=severity`);
          return [check, severity];
        });
  for (const [check, severity] of entries) {
    out[check] = asEnum(severity, SEVERITY_CHOICES, fail);
  }
  return out;
}

/** The `column-settings` map (config file only): column name to its own settings. */
export function parseColumnSettings(value: unknown, fail: Fail): Readonly<Record<string, ColumnSettings>> {
  if (!isPlainObject(value)) fail();
  const out: Record<string, ColumnSettings> = {};
  for (const [column, raw] of Object.entries(value)) {
    if (!isPlainObject(raw)) fail(`settings of column '${column}' must be a map`);
    const entry: {
      stattest?: string;
      threshold?: number;
      type?: ColumnType;
      ignore?: boolean;
      qualitySeverity?: Readonly<Record<string, SeverityChoice>>;
    } = {};
    for (const [key, v] of Object.entries(raw)) {
      const inColumn = (detail?: string): never =>
        fail(`column '${column}', key '${key}'${detail ? `: ${detail}` : ''}`);
      if (key === 'stattest') entry.stattest = parseTestId(asText(v, inColumn), inColumn, null);
      else if (key === 'threshold') entry.threshold = checkPositive(asNumber(v, inColumn), inColumn);
      else if (key === 'type') entry.type = asEnum(v, COLUMN_TYPES, inColumn);
      else if (key === 'ignore') entry.ignore = asBoolean(v, inColumn);
      else if (key === 'quality-severity') entry.qualitySeverity = parseSeverities(v, inColumn);
      else inColumn('unknown key; expected stattest, threshold, type, ignore or quality-severity');
    }
    out[column] = entry;
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
