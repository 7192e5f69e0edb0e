/**
 * Settings + the two Tables -> one validated ComparisonPlan (src/checks/plan.ts): which columns
 * are compared, their roles, types and tests, and which checks run with which options. Every
 * column name a setting mentions is checked here, once, in this order (the first problem is the
 * error): `target`, `prediction` and `slices` columns; `columns`; `key` (when the row checks run);
 * `critical`; slice filters against their columns' types; `quality-severity` check ids. Row ids and
 * the time axis get the roles `identifier` and `time` (roles.ts: O(rows) per numeric column).
 * `ignore-columns` and `column-settings` may name columns the data lacks (one configuration serves
 * several datasets), but each unknown name is listed (a `schema` warning with the nearest column
 * name: probably a typo); `categorical-columns` is applied by the loader. O(columns + settings), plus roles.
 */
import { columnUnion } from '../checks/columns/drift.js';
import { filterProblem, parseSliceSpec } from '../checks/labels/slice-filter.js';
import type {
  ColumnSpec,
  ComparisonPlan,
  CriticalEntry,
  CriticalPlan,
  QualitySeverityPlan,
  RowChecksPlan,
  SlicesPlan,
  UnknownColumn,
} from '../checks/plan.js';
import { getQualityCheck, QUALITY_CHECK_IDS } from '../checks/quality/registry.js';
import { hasCells } from '../checks/rows/hash.js';
import type { Table } from '../data/table.js';
import { UserInputError } from '../errors.js';
import type { ColumnRole } from '../report/model.js';
import { chosenTest, chosenThreshold, nearestName, type Settings } from '../settings/settings.js';
import { checkTimeColumn, detectRole } from './roles.js';

export interface PlanOptions {
  /** Row checks (duplicates, diff); off for tables of image properties. Default true. */
  readonly rowChecks?: boolean;
}

/** The validated plan of comparing `reference` with `candidate` under `settings`. Throws UserInputError naming the setting. */
export function planComparison(
  reference: Table,
  candidate: Table,
  settings: Settings,
  options: PlanOptions = {},
): ComparisonPlan {
  const sides = `${reference.source} or ${candidate.source}`;
  const slices = settings.slices.map(parseSliceSpec);
  checkLabelColumns(
    reference,
    candidate,
    settings,
    slices.map((s) => s.column),
    sides,
  );
  const names = selectColumns(reference, candidate, settings);
  // Target and prediction are always compared (their own rows), whatever `columns` says.
  for (const name of [settings.target, settings.prediction]) {
    if (name !== null && !names.includes(name)) names.push(name);
  }
  checkTimeColumn(reference.columns, candidate.columns, settings);
  const columns = names.map((name) => columnSpec(reference, candidate, settings, name));
  // Identifier and time columns are shown by their ranges: neither tested nor in the multivariate check.
  const features = columns.filter((c) => c.role === 'feature').map((c) => c.name);
  const rows: RowChecksPlan | null =
    options.rowChecks === false ? null : { key: settings.key, target: settings.target };
  if (rows) checkKey(reference, candidate, rows, sides);
  const critical = criticalPlan(reference, settings);
  for (const spec of slices) {
    if (spec.kind !== 'filter') continue;
    for (const table of [reference, candidate]) {
      const problem = filterProblem(table, spec);
      if (problem !== null) throw new UserInputError(problem);
    }
  }
  return {
    columns,
    features,
    drift: {
      alpha: settings.alpha,
      minEffect: settings.minEffect,
      correction: settings.correction,
      missingShareChange: settings.missingShareChange,
    },
    driftShare: settings.driftShare,
    failOn: settings.failOn,
    labels: {
      target: settings.target,
      prediction: settings.prediction,
      task: settings.task,
      performanceMargin: settings.performanceMargin,
      failOnTargetDrift: settings.failOnTargetDrift,
    },
    rows,
    multivariate: {
      enabled: settings.multivariate,
      features,
      varianceShare: settings.multivariateVarianceShare,
      minIncrease: settings.multivariateMinIncrease,
    },
    slices:
      slices.length > 0 ? ({ specs: slices, minSize: settings.minSliceSize } satisfies SlicesPlan) : null,
    critical,
    quality: qualitySeverities(settings),
    unknownColumns: unknownColumns(reference, candidate, settings),
  };
}

/**
 * The `ignore-columns` names and `column-settings` keys that neither table has, in that order,
 * each with the nearest column name (case-insensitive edit distance up to a third of the name, at
 * least 2), or null. O(unknown names x columns x name length^2).
 */
function unknownColumns(reference: Table, candidate: Table, settings: Settings): UnknownColumn[] {
  const all = columnUnion(reference, candidate);
  const known = new Set(all);
  const lower = all.map((name) => name.toLowerCase());
  const unknownIn = (setting: UnknownColumn['setting'], names: readonly string[]): UnknownColumn[] =>
    [...new Set(names)]
      .filter((name) => !known.has(name))
      .map((name) => {
        const match = nearestName(name.toLowerCase(), lower, Math.max(2, Math.floor(name.length / 3)));
        return { setting, name, nearest: match === null ? null : all[lower.indexOf(match)] };
      });
  return [
    ...unknownIn('ignore-columns', settings.ignoreColumns),
    ...unknownIn('column-settings', Object.keys(settings.columnSettings)),
  ];
}

/** `target`, `prediction` and each `slices` column on a side; target, prediction and slices all different. */
function checkLabelColumns(
  reference: Table,
  candidate: Table,
  settings: Settings,
  sliceColumns: readonly string[],
  sides: string,
): void {
  const known = new Set([...reference.columns, ...candidate.columns].map((c) => c.name));
  const check = (setting: string, name: string | null): void => {
    if (name !== null && !known.has(name)) {
      throw new UserInputError(`'${setting}' names column '${name}', not found in ${sides}`);
    }
  };
  check('target', settings.target);
  check('prediction', settings.prediction);
  for (const name of sliceColumns) check('slices', name);
  if (settings.target !== null && settings.target === settings.prediction) {
    throw new UserInputError(`'target' and 'prediction' name the same column '${settings.target}'`);
  }
  for (const name of sliceColumns) {
    if (name === settings.target || name === settings.prediction) {
      throw new UserInputError(
        `'slices' names column '${name}', which is the ${name === settings.target ? 'target' : 'prediction'}: slice by a feature`,
      );
    }
  }
}

/** The columns to compare: `columns` (each must exist on a side) minus `ignore-columns` and ignored column settings. */
function selectColumns(reference: Table, candidate: Table, settings: Settings): string[] {
  const all = columnUnion(reference, candidate);
  let selected = all;
  if (settings.columns) {
    const known = new Set(all);
    const unknown = settings.columns.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new UserInputError(
        `'columns' names ${unknown.map((n) => `'${n}'`).join(', ')}, not found in ${reference.source} or ${candidate.source}`,
      );
    }
    selected = settings.columns.slice();
  }
  const ignored = new Set(settings.ignoreColumns);
  for (const [name, own] of Object.entries(settings.columnSettings)) if (own.ignore) ignored.add(name);
  return selected.filter((name) => !ignored.has(name));
}

function columnSpec(reference: Table, candidate: Table, settings: Settings, name: string): ColumnSpec {
  const ref = reference.columns.find((c) => c.name === name);
  const cand = candidate.columns.find((c) => c.name === name);
  const label: ColumnRole | null =
    name === settings.target ? 'target' : name === settings.prediction ? 'prediction' : null;
  const detected = label === null ? detectRole(name, ref, cand, settings) : null;
  return {
    name,
    role: label ?? detected?.role ?? 'feature',
    ...(detected ? { range: detected.range } : {}),
    type: (ref ?? cand)?.type ?? 'empty',
    sides: ref && cand ? 'both' : ref ? 'reference' : 'candidate',
    tests: {
      numeric: {
        test: chosenTest(settings, name, 'numeric'),
        threshold: chosenThreshold(settings, name, 'numeric'),
      },
      categorical: {
        test: chosenTest(settings, name, 'categorical'),
        threshold: chosenThreshold(settings, name, 'categorical'),
      },
    },
  };
}

/** Every `key` column on both sides with values kept; `target` not a key column. */
function checkKey(reference: Table, candidate: Table, rows: RowChecksPlan, sides: string): void {
  const refByName = new Map(reference.columns.map((c) => [c.name, c]));
  const candByName = new Map(candidate.columns.map((c) => [c.name, c]));
  const key = [...new Set(rows.key ?? [])];
  for (const name of key) {
    const ref = refByName.get(name);
    const cand = candByName.get(name);
    if (!ref && !cand) throw new UserInputError(`'key' names '${name}', not found in ${sides}`);
    if (!ref || !cand) {
      throw new UserInputError(
        `'key' column '${name}' is not in ${ref ? candidate.source : reference.source}: both sides need every key column`,
      );
    }
    for (const column of [ref, cand]) {
      if (!hasCells(column)) {
        const why = 'reason' in column ? column.reason : 'its values were not kept';
        throw new UserInputError(`'key' column '${name}' has no values to match rows on (${why})`);
      }
    }
  }
  if (rows.target !== null && key.includes(rows.target)) {
    throw new UserInputError(`'target' column '${rows.target}' is also a 'key' column`);
  }
}

/** Each `critical` entry as a reference column and value: `column=value`, or a value of the one-column `key`. */
function criticalPlan(reference: Table, settings: Settings): CriticalPlan | null {
  if (settings.critical.length === 0) return null;
  const known = new Set(reference.columns.map((c) => c.name));
  const key = settings.key ?? [];
  const entries: CriticalEntry[] = settings.critical.map((entry) => {
    const at = entry.indexOf('=');
    if (at > 0) {
      const column = entry.slice(0, at).trim();
      if (!known.has(column)) {
        throw new UserInputError(
          `'critical' entry '${entry}' names column '${column}', not found in ${reference.source}`,
        );
      }
      return { entry, column, value: entry.slice(at + 1).trim() };
    }
    if (key.length !== 1) {
      throw new UserInputError(
        `'critical' entry '${entry}' is a key value, which needs a one-column 'key'; or write it as column=value`,
      );
    }
    if (!known.has(key[0]))
      throw new UserInputError(`'key' names '${key[0]}', not found in ${reference.source}`);
    return { entry, column: key[0], value: entry };
  });
  return { entries, key };
}

/** `quality-severity` (global, then each column's), its check ids checked against the quality registry. */
function qualitySeverities(settings: Settings): QualitySeverityPlan {
  const known = (setting: string, severities: Readonly<Record<string, unknown>>): void => {
    for (const check of Object.keys(severities)) {
      if (!getQualityCheck(check)) {
        throw new UserInputError(
          `bad value for ${setting}: unknown data-quality check '${check}'; known: ${QUALITY_CHECK_IDS.join(', ')}`,
        );
      }
    }
  };
  known(`'quality-severity'`, settings.qualitySeverity);
  const perColumn: Record<string, QualitySeverityPlan['global']> = {};
  for (const [column, own] of Object.entries(settings.columnSettings)) {
    if (!own.qualitySeverity) continue;
    known(`'column-settings' (column '${column}', key 'quality-severity')`, own.qualitySeverity);
    perColumn[column] = own.qualitySeverity;
  }
  return { global: settings.qualitySeverity, perColumn };
}
