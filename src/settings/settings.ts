/**
 * Settings: one typed, frozen object read once (DESIGN.md practice 4). Layers are merged in
 * order (defaults < config file < inputs/flags); every key is kebab-case in every layer; a bad
 * key or value throws a UserInputError naming the key, where it came from and the expected form.
 */
import { DEFAULT_MISSING_VALUES } from '../data/load.js';
import type { ColumnType } from '../data/table.js';
import { UserInputError } from '../errors.js';
import { getStatTest } from '../stats/registry.js';
import type { ColumnKind } from '../stats/types.js';

export type FailOn = 'dataset-drift' | 'column-drift' | 'never';
export type Correction = 'fdr' | 'bonferroni' | 'none';
export type Task = 'classification' | 'regression';

/** A choice that can be made for all columns, per column kind, or left to the default. */
export interface PerKind<T> {
  readonly all: T | null;
  readonly numeric: T | null;
  readonly categorical: T | null;
}

export interface ColumnSettings {
  readonly stattest?: string;
  readonly threshold?: number;
  readonly type?: ColumnType;
  readonly ignore?: boolean;
  /** Data-quality severities for this column's findings, overriding `quality-severity`. */
  readonly qualitySeverity?: Readonly<Record<string, SeverityChoice>>;
}

/** A data-quality finding's severity as configured; `off` drops the finding. */
export type SeverityChoice = 'error' | 'warning' | 'info' | 'off';

export interface Settings {
  readonly reference: string | null;
  readonly candidate: string | null;
  readonly referenceRef: string | null;
  readonly columns: readonly string[] | null;
  readonly ignoreColumns: readonly string[];
  readonly categoricalColumns: readonly string[];
  /** `auto` everywhere unless a test is named for all columns, a kind, or (columnSettings) a column. */
  readonly stattest: PerKind<string>;
  /** Thresholds for named tests (their own default when null). */
  readonly threshold: PerKind<number>;
  readonly alpha: number;
  readonly minEffect: number;
  readonly driftShare: number;
  readonly correction: Correction;
  readonly failOn: FailOn;
  readonly missingValues: readonly string[];
  readonly missingShareChange: number;
  readonly delimiter: ',' | ';' | '\t' | '|' | null;
  /** Key columns of the training-data diff (null: rows are compared as whole records). */
  readonly key: readonly string[] | null;
  /** Target (label) column: label flips between matched rows, with `key`. */
  readonly target: string | null;
  /** Prediction (predicted label or score) column; with `target`, model performance on each side. */
  readonly prediction: string | null;
  /** `classification` or `regression`; null: inferred from the target's type (numeric: regression). */
  readonly task: Task | null;
  /** Columns to slice by: drift and performance per value of each. */
  readonly slices: readonly string[];
  /** Slices with fewer rows than this on either side are listed as too small, not tested. */
  readonly minSliceSize: number;
  /** Allowed absolute drop of accuracy, macro F1, ROC AUC and R^2 before the run fails. */
  readonly performanceMargin: number;
  /** Whether a drifting target fails the run (unless fail-on is `never`). */
  readonly failOnTargetDrift: boolean;
  /** Rows that must stay present and unchanged: filters `column=value`, or values of a one-column `key`. */
  readonly critical: readonly string[];
  /** Run the multivariate check (PCA reconstruction error over the columns together). */
  readonly multivariate: boolean;
  /** Minimum relative increase of the reconstruction error that counts as drift (0.1 = 10%). */
  readonly multivariateMinIncrease: number;
  /** Share of the reference's variance the PCA keeps. */
  readonly multivariateVarianceShare: number;
  /** Images are converted to gray and resized to this many pixels per side. */
  readonly imageSize: number;
  /** Severity per data-quality check id, overriding its default; `off` drops its findings. */
  readonly qualitySeverity: Readonly<Record<string, SeverityChoice>>;
  readonly columnSettings: Readonly<Record<string, ColumnSettings>>;
  readonly reportJson: string | null;
  readonly markdown: string | null;
  readonly comment: boolean;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  reference: null,
  candidate: null,
  referenceRef: null,
  columns: null,
  ignoreColumns: [],
  categoricalColumns: [],
  stattest: { all: 'auto', numeric: null, categorical: null },
  threshold: { all: null, numeric: null, categorical: null },
  alpha: 0.05,
  minEffect: 0.1,
  driftShare: 0.5,
  correction: 'fdr',
  failOn: 'dataset-drift',
  missingValues: DEFAULT_MISSING_VALUES,
  missingShareChange: 0.05,
  delimiter: null,
  key: null,
  target: null,
  prediction: null,
  task: null,
  slices: [],
  minSliceSize: 30,
  performanceMargin: 0.05,
  failOnTargetDrift: true,
  critical: [],
  multivariate: true,
  multivariateMinIncrease: 0.1,
  multivariateVarianceShare: 0.65,
  imageSize: 28,
  qualitySeverity: {},
  columnSettings: {},
  reportJson: null,
  markdown: null,
  comment: false,
});

/** One layer of raw settings: where it came from (for messages) and its kebab-case keys. */
export interface SettingsLayer {
  /** e.g. `.github/drift.yml`, `action inputs`, `command-line flags`. */
  readonly source: string;
  /** Whether `source` is a file (errors then carry it as the file). */
  readonly isFile?: boolean;
  readonly values: Readonly<Record<string, unknown>>;
}

type Patch = { -readonly [K in keyof Settings]?: Settings[K] };

interface KeySpec {
  /** The expected form, shown in error messages. */
  readonly form: string;
  /** Default shown in --help and docs. */
  readonly help: string;
  readonly apply: (value: unknown, fail: (detail?: string) => never, patch: Patch) => void;
}

const COLUMN_TYPES: readonly ColumnType[] = ['numeric', 'categorical', 'boolean', 'datetime', 'identifier'];

/**
 * Every settings key, in kebab-case, with its expected form and how to apply it. The action
 * inputs, CLI flags and config-file keys are exactly these names (plus `column-settings` in the
 * file and the adapter-only keys `config` and `github-token`).
 */
export const SETTINGS_KEYS: Readonly<Record<string, KeySpec>> = {
  reference: {
    form: 'a path to the reference dataset',
    help: 'Reference (baseline) dataset, e.g. data/train.csv',
    apply: (v, fail, p) => {
      p.reference = asText(v, fail);
    },
  },
  candidate: {
    form: 'a path to the candidate dataset',
    help: 'Candidate (new) dataset compared with the reference',
    apply: (v, fail, p) => {
      p.candidate = asText(v, fail);
    },
  },
  'reference-ref': {
    form: 'a git revision (sha, branch, tag) or `base`',
    help: 'Read the reference at this git revision; `base` = the PR base sha (or push `before`)',
    apply: (v, fail, p) => {
      p.referenceRef = asOptionalText(v, fail);
    },
  },
  columns: {
    form: 'a list of column names (YAML list, or comma/newline separated)',
    help: 'Only compare these columns (default: all)',
    apply: (v, fail, p) => {
      const list = asList(v, fail);
      p.columns = list.length > 0 ? list : null;
    },
  },
  'ignore-columns': {
    form: 'a list of column names',
    help: 'Columns never compared',
    apply: (v, fail, p) => {
      p.ignoreColumns = asList(v, fail);
    },
  },
  'categorical-columns': {
    form: 'a list of column names',
    help: 'Columns treated as categorical whatever their values look like',
    apply: (v, fail, p) => {
      p.categoricalColumns = asList(v, fail);
    },
  },
  stattest: {
    form: '`auto`, a test id (e.g. `psi`), or per kind: `numeric=ks,categorical=chi-square`',
    help: '`auto`: significant (adjusted p < alpha) and large enough (effect >= min-effect)',
    apply: (v, fail, p) => {
      p.stattest = parsePerKind(asText(v, fail), fail, parseTestId);
    },
  },
  threshold: {
    form: 'a number (e.g. 0.1), or per kind: `numeric=0.1,categorical=0.2`',
    help: 'Threshold of named tests (default: each test its own)',
    apply: (v, fail, p) => {
      p.threshold =
        typeof v === 'number'
          ? { all: checkPositive(v, fail), numeric: null, categorical: null }
          : parsePerKind(asText(v, fail), fail, (text, f) => checkPositive(parseNumber(text, f), f));
    },
  },
  alpha: {
    form: 'a number in (0, 1), e.g. 0.05',
    help: 'Significance level for adjusted p-values in auto mode',
    apply: (v, fail, p) => {
      p.alpha = checkUnitOpen(asNumber(v, fail), fail);
    },
  },
  'min-effect': {
    form: 'a number >= 0, e.g. 0.1',
    help: 'Minimum effect size (normed Wasserstein, total variation) in auto mode',
    apply: (v, fail, p) => {
      p.minEffect = checkNonNegative(asNumber(v, fail), fail);
    },
  },
  'drift-share': {
    form: 'a number in (0, 1], e.g. 0.5',
    help: 'Dataset drifts when this share of compared columns drifts',
    apply: (v, fail, p) => {
      const share = asNumber(v, fail);
      if (!(share > 0 && share <= 1)) fail();
      p.driftShare = share;
    },
  },
  correction: {
    form: '`fdr` (Benjamini-Hochberg), `bonferroni` or `none`',
    help: 'Multiple-testing correction across columns',
    apply: (v, fail, p) => {
      p.correction = asEnum(v, ['fdr', 'bonferroni', 'none'] as const, fail);
    },
  },
  'fail-on': {
    form: '`dataset-drift`, `column-drift` or `never`',
    help: 'What fails the run',
    apply: (v, fail, p) => {
      p.failOn = asEnum(v, ['dataset-drift', 'column-drift', 'never'] as const, fail);
    },
  },
  'missing-values': {
    form: 'a list of tokens read as missing (the empty field always is)',
    help: 'Tokens read as missing values',
    apply: (v, fail, p) => {
      p.missingValues = ['', ...asList(v, fail, { keepEmpty: true }).filter((token) => token !== '')];
    },
  },
  'missing-share-change': {
    form: 'a number in [0, 1], e.g. 0.05 (5 percentage points)',
    help: 'Minimum change in a column\u2019s missing share that counts as drift',
    apply: (v, fail, p) => {
      const change = asNumber(v, fail);
      if (!(change >= 0 && change <= 1)) fail();
      p.missingShareChange = change;
    },
  },
  delimiter: {
    form: 'one of `,` `;` `tab` `|` (detected when absent)',
    help: 'CSV delimiter',
    apply: (v, fail, p) => {
      const text = asOptionalText(v, fail);
      if (text === null) p.delimiter = null;
      else if (text === 'tab' || text === '\t' || text === '\\t') p.delimiter = '\t';
      else if (text === ',' || text === ';' || text === '|') p.delimiter = text;
      else fail();
    },
  },
  key: {
    form: 'a list of column names (YAML list, or comma/newline separated)',
    help: 'Key columns of the training-data diff (rows added, removed, changed); default: whole rows',
    apply: (v, fail, p) => {
      const list = asList(v, fail);
      p.key = list.length > 0 ? list : null;
    },
  },
  target: {
    form: 'a column name',
    help: 'Target (label) column: its drift (fails by default), performance with `prediction`, label flips with `key`',
    apply: (v, fail, p) => {
      p.target = asOptionalText(v, fail);
    },
  },
  prediction: {
    form: 'a column name',
    help: 'Prediction column (predicted label, or score in [0, 1] for a binary target): its drift, and performance with `target`',
    apply: (v, fail, p) => {
      p.prediction = asOptionalText(v, fail);
    },
  },
  task: {
    form: '`classification` or `regression`',
    help: 'Kind of model; inferred from the target when absent (numeric: regression, else classification)',
    apply: (v, fail, p) => {
      p.task = asEnum(v, ['classification', 'regression'] as const, fail);
    },
  },
  slices: {
    form: 'a list of column names or named filters `name: column op value` (op: = != < <= > >=)',
    help: 'Slice by columns (per value, 20 most frequent) or named filters (e.g. `seniors: age >= 65`)',
    apply: (v, fail, p) => {
      p.slices = asList(v, fail);
    },
  },
  'min-slice-size': {
    form: 'an integer >= 1, e.g. 30',
    help: 'Slices with fewer rows on either side are listed as too small, not tested',
    apply: (v, fail, p) => {
      const size = asNumber(v, fail);
      if (!(Number.isInteger(size) && size >= 1)) fail();
      p.minSliceSize = size;
    },
  },
  'performance-margin': {
    form: 'a number in [0, 1], e.g. 0.05',
    help: 'Allowed drop of accuracy, macro F1, ROC AUC or R^2 before the run fails (MAE/RMSE: a 10% rise)',
    apply: (v, fail, p) => {
      const margin = asNumber(v, fail);
      if (!(margin >= 0 && margin <= 1)) fail();
      p.performanceMargin = margin;
    },
  },
  'fail-on-target-drift': {
    form: '`true` or `false`',
    help: 'A drifting target (label) column fails the run (unless fail-on is `never`)',
    apply: (v, fail, p) => {
      p.failOnTargetDrift = asBoolean(v, fail);
    },
  },
  critical: {
    form: 'a list of filters `column=value`, or values of a one-column `key`',
    help: 'Rows that must stay present and unchanged; a removed or changed one fails the run',
    apply: (v, fail, p) => {
      p.critical = asList(v, fail);
    },
  },
  multivariate: {
    form: '`true` or `false`',
    help: 'Also test the columns together: PCA reconstruction error of the candidate vs held-out reference rows',
    apply: (v, fail, p) => {
      p.multivariate = asBoolean(v, fail);
    },
  },
  'multivariate-min-increase': {
    form: 'a number >= 0, e.g. 0.1 (10%)',
    help: 'Minimum relative increase of the reconstruction error (above its band) that counts as drift',
    apply: (v, fail, p) => {
      p.multivariateMinIncrease = checkNonNegative(asNumber(v, fail), fail);
    },
  },
  'multivariate-variance-share': {
    form: 'a number in (0, 1), e.g. 0.65',
    help: "Share of the reference's variance the PCA keeps",
    apply: (v, fail, p) => {
      p.multivariateVarianceShare = checkUnitOpen(asNumber(v, fail), fail);
    },
  },
  'image-size': {
    form: 'an integer from 4 to 256, e.g. 28',
    help: 'Image folders: images are read as gray and resized to this many pixels per side',
    apply: (v, fail, p) => {
      const size = asNumber(v, fail);
      if (!Number.isInteger(size) || size < 4 || size > 256) fail();
      p.imageSize = size;
    },
  },
  'quality-severity': {
    form: 'a map (or `check=severity,...`) of data-quality check ids to `error`, `warning`, `info` or `off`',
    help: 'Change the severity of data-quality checks (e.g. out-of-range=error,column-order=off)',
    apply: (v, fail, p) => {
      p.qualitySeverity = parseSeverities(v, fail);
    },
  },
  'column-settings': {
    form: 'a map of column name to { stattest, threshold, type, ignore, quality-severity }',
    help: 'Per-column settings (config file only)',
    apply: (v, fail, p) => {
      p.columnSettings = parseColumnSettings(v, fail);
    },
  },
  'report-json': {
    form: 'a file path',
    help: 'Where to write the JSON report',
    apply: (v, fail, p) => {
      p.reportJson = asOptionalText(v, fail);
    },
  },
  markdown: {
    form: 'a file path',
    help: 'Where to write the markdown summary',
    apply: (v, fail, p) => {
      p.markdown = asOptionalText(v, fail);
    },
  },
  comment: {
    form: '`true` or `false`',
    help: 'Post or update one sticky comment on the pull request',
    apply: (v, fail, p) => {
      p.comment = asBoolean(v, fail);
    },
  },
};

/**
 * Merge layers over the defaults into one frozen Settings. Throws UserInputError naming the key,
 * the layer's source and the expected form for an unknown key or a bad value.
 */
export function resolveSettings(layers: readonly SettingsLayer[]): Settings {
  const patch: Patch = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer.values)) {
      const spec = SETTINGS_KEYS[key];
      const where = layer.isFile ? { file: layer.source } : {};
      if (!spec) {
        const hint = suggestKey(key);
        throw new UserInputError(
          `unknown setting '${key}' in ${layer.source}${hint ? ` (did you mean '${hint}'?)` : ''}; known settings: ${Object.keys(SETTINGS_KEYS).join(', ')}`,
          where,
        );
      }
      if (value === undefined || value === null || value === '') continue;
      const fail = (detail?: string): never => {
        throw new UserInputError(
          `bad value for '${key}' in ${layer.source}: expected ${spec.form}, got ${JSON.stringify(value)}${detail ? ` (${detail})` : ''}`,
          where,
        );
      };
      spec.apply(value, fail, patch);
    }
  }
  return deepFreeze({ ...DEFAULT_SETTINGS, ...patch });
}

/** The test named for a column by the settings, or 'auto'. Column settings win, then kind, then all. */
export function chosenTest(settings: Settings, column: string, kind: ColumnKind): string {
  const own = settings.columnSettings[column]?.stattest;
  if (own) return own;
  const perKind = settings.stattest[kind];
  if (perKind) return perKind;
  const all = settings.stattest.all ?? 'auto';
  if (all === 'auto') return 'auto';
  const test = getStatTest(all);
  return test?.columnKinds.includes(kind) ? all : 'auto';
}

/** The threshold configured for a named test on a column, or null for the test's default. */
export function chosenThreshold(settings: Settings, column: string, kind: ColumnKind): number | null {
  return (
    settings.columnSettings[column]?.threshold ?? settings.threshold[kind] ?? settings.threshold.all ?? null
  );
}

function parsePerKind<T>(
  text: string,
  fail: (detail?: string) => never,
  parseValue: (text: string, fail: (detail?: string) => never, kind: ColumnKind | null) => T,
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

function parseTestId(id: string, fail: (detail?: string) => never, kind: ColumnKind | null): string {
  if (id === 'auto') return id;
  const test = getStatTest(id);
  if (!test) fail(`unknown test '${id}'`);
  if (kind && !test.columnKinds.includes(kind)) fail(`'${id}' does not apply to ${kind} columns`);
  return id;
}

function parseColumnSettings(
  value: unknown,
  fail: (detail?: string) => never,
): Record<string, ColumnSettings> {
  if (!isPlainObject(value)) fail();
  const out: Record<string, ColumnSettings> = {};
  for (const [column, raw] of Object.entries(value)) {
    if (!isPlainObject(raw)) fail(`settings of column '${column}' must be a map`);
    const entry: {
      stattest?: string;
      threshold?: number;
      type?: ColumnType;
      ignore?: boolean;
      qualitySeverity?: Record<string, SeverityChoice>;
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

const SEVERITY_CHOICES: readonly SeverityChoice[] = ['error', 'warning', 'info', 'off'];

/** Every data-quality check id (a test keeps this equal to the checks' own severity tables). */
export const QUALITY_CHECKS: readonly string[] = [
  'schema',
  'type-change',
  'column-order',
  'missing-values',
  'entirely-missing',
  'new-categories',
  'vanished-categories',
  'out-of-range',
  'unit-change',
  'constant-column',
  'row-count',
  'row-count-growth',
  'duplicate-rows',
  'duplicate-keys',
  'unreadable-images',
];

/** A map (YAML) or `check=severity,check=severity` text of data-quality check ids to severities. */
function parseSeverities(value: unknown, fail: (detail?: string) => never): Record<string, SeverityChoice> {
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
    if (!QUALITY_CHECKS.includes(check))
      fail(`unknown data-quality check '${check}'; known: ${QUALITY_CHECKS.join(', ')}`);
    out[check] = asEnum(severity, SEVERITY_CHOICES, fail);
  }
  return out;
}

function asText(value: unknown, fail: (detail?: string) => never): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail();
}

function asOptionalText(value: unknown, fail: (detail?: string) => never): string | null {
  const text = asText(value, fail);
  return text === '' ? null : text;
}

/** A YAML list of strings, or a comma/newline separated string. */
function asList(
  value: unknown,
  fail: (detail?: string) => never,
  options: { keepEmpty?: boolean } = {},
): string[] {
  const items = Array.isArray(value)
    ? value.map((item) => (typeof item === 'string' || typeof item === 'number' ? String(item) : fail()))
    : asText(value, fail).split(/[,\n]/);
  const trimmed = items.map((item) => item.trim());
  return options.keepEmpty ? trimmed : trimmed.filter((item) => item !== '');
}

function parseNumber(text: string, fail: (detail?: string) => never): number {
  const trimmed = text.trim();
  const number = trimmed === '' ? Number.NaN : Number(trimmed);
  return Number.isFinite(number) ? number : fail();
}

function asNumber(value: unknown, fail: (detail?: string) => never): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : fail();
  if (typeof value === 'string') return parseNumber(value, fail);
  return fail();
}

function asBoolean(value: unknown, fail: (detail?: string) => never): boolean {
  if (typeof value === 'boolean') return value;
  const text = asText(value, fail).toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  return fail();
}

function asEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fail: (detail?: string) => never,
): T {
  const text = asText(value, fail);
  return (allowed as readonly string[]).includes(text) ? (text as T) : fail();
}

function checkPositive(value: number, fail: (detail?: string) => never): number {
  return value > 0 ? value : fail('must be greater than 0');
}

function checkNonNegative(value: number, fail: (detail?: string) => never): number {
  return value >= 0 ? value : fail('must not be negative');
}

function checkUnitOpen(value: number, fail: (detail?: string) => never): number {
  return value > 0 && value < 1 ? value : fail('must lie strictly between 0 and 1');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The known key closest to a mistyped one (edit distance <= 2), for "did you mean". */
function suggestKey(key: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of Object.keys(SETTINGS_KEYS)) {
    const distance = editDistance(key.toLowerCase().replaceAll('_', '-'), known);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
