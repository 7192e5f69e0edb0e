/**
 * Builds a reference profile (docs/profile.schema.json) from the reference's raw scan: per column
 * the counts, the category counts (top K plus "other"), a bucketed quantile sketch of the numbers,
 * and the multivariate model fitted on the reference alone. No rows and no identifier values are
 * kept. Cost: O(rows) per column on the sorted values the reader already made, plus one
 * multivariate fit.
 */

import type { RawColumn } from '../../data/columns.js';
import { MAX_DICTIONARY_LEVELS } from '../../data/dictionary.js';
import { buildTables } from '../../data/infer.js';
import { DEFAULT_MAX_INTEGER_CATEGORY_LEVELS } from '../../data/load.js';
import type { RawTable } from '../../data/scan.js';
import { fitTabularModel, keepOnlyLevels } from '../../multivariate/model.js';
import type { ProfileColumn, ProfileFile, ProfileMultivariate } from '../../report/model.js';
import type { Settings } from '../../settings/settings.js';
import { sortFloat64 } from '../../stats/sort.js';
import { VERSION } from '../../version.js';
import { MULTIVARIATE_MAX_ROWS } from '../joint-checks.js';
import { planComparison } from '../plan.js';
import { PROFILE_FORMAT, PROFILE_VERSION } from './format.js';

/** Categories kept per text column by default: every column of up to 1,000 categories is exact. */
export const DEFAULT_TOP_K = 1000;
/** Quantile buckets per number column by default: a rank error near 1/2048 (KS within about ±0.0005). */
export const DEFAULT_QUANTILES = 2048;
/** Number columns with at most this many distinct values are kept exactly (one bucket per value). */
export const EXACT_LIMIT = 2048;
/** Text columns with at least this share of distinct values (and more than 20 present) are identifier-like: no values kept. */
export const UNIQUE_SHARE = 0.95;
const UNIQUE_MIN_PRESENT = 20;

export interface ProfileOptions {
  readonly topK?: number;
  readonly quantiles?: number;
  /** When given, the multivariate model is fitted with the comparison's features and options. */
  readonly settings?: Settings;
}

/** Whether the present values are increasing integers (engine/roles.ts isRowId on the raw values). */
function looksLikeRowId(values: Float64Array, present: number): boolean {
  if (present < 20) return false;
  const allowed = Math.floor((present - 1) * 0.01);
  let misfits = 0;
  let previous = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isFinite(value)) continue;
    if (Math.floor(value) !== value) return false;
    if (!(value > previous) && !Number.isNaN(previous) && ++misfits > allowed) return false;
    previous = value;
  }
  return true;
}

/** The first index of `value` in ascending `sorted` (it is there). O(log n). */
function firstIndexOf(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Buckets of sorted finite values: exact (one per distinct value) when there are at most
 * EXACT_LIMIT of them, else lower edges at the ranks j * n / quantiles (equal edges merged) with
 * the exact count of values in each bucket. rankError: the largest share in one bucket holding more
 * than one distinct value. O(n).
 */
export function bucketSketch(sorted: Float64Array, quantiles: number): ProfileColumn['numbers'] {
  const n = sorted.length;
  if (n === 0) return null;
  const values: number[] = [];
  const counts: number[] = [];
  let distinct = 1;
  for (let i = 1; i < n && distinct <= EXACT_LIMIT; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  const exact = distinct <= EXACT_LIMIT;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  if (exact) {
    for (let i = 0; i < n; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]++;
      else {
        values.push(sorted[i]);
        counts.push(1);
      }
    }
  } else {
    const starts: number[] = [];
    for (let j = 0; j < quantiles; j++) {
      // a bucket starts at the first occurrence of its edge value (binary search: ties may be long)
      const start = firstIndexOf(sorted, sorted[Math.floor((j * n) / quantiles)]);
      if (starts.length === 0 || start > starts[starts.length - 1]) starts.push(start);
    }
    starts.forEach((start, j) => {
      const end = j + 1 < starts.length ? starts[j + 1] : n;
      values.push(sorted[start]);
      counts.push(end - start);
    });
  }
  let rankError = 0;
  if (!exact) {
    let start = 0;
    for (let j = 0; j < values.length; j++) {
      const end = start + counts[j];
      if (sorted[start] !== sorted[end - 1]) rankError = Math.max(rankError, counts[j] / n);
      start = end;
    }
  }
  const meanValue = sum / n;
  return {
    exact,
    min: sorted[0],
    max: sorted[n - 1],
    values,
    counts,
    rankError,
    meanValue: Number.isFinite(meanValue) ? meanValue : null,
  };
}

function finiteSorted(column: RawColumn): Float64Array {
  const values = column.values ?? new Float64Array(0);
  return sortFloat64(values.filter((value) => Number.isFinite(value)));
}

function countCodes(codes: Int32Array, levels: number): Float64Array {
  const counts = new Float64Array(levels);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) counts[codes[i]]++;
  return counts;
}

/** One column's profile. */
export function profileColumn(
  column: RawColumn,
  rows: number,
  options: Required<Omit<ProfileOptions, 'settings'>>,
): ProfileColumn {
  const present = rows - column.missing - column.coercedCount;
  const base = {
    name: column.name,
    kind: column.kind,
    forced: column.forced,
    present,
    missing: column.missing,
    allInteger: column.allInteger,
    coerced: column.coercedCount,
  };
  if ((column.kind === 'number' || column.kind === 'date') && column.values !== null) {
    const sorted = finiteSorted(column);
    const rowId = column.kind === 'number' && looksLikeRowId(column.values, sorted.length);
    let distinct = sorted.length > 0 ? 1 : 0;
    for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
    if (rowId) {
      // only the range, as the report shows it for a row id: no other value is kept
      const numbers = {
        exact: false,
        min: sorted[0],
        max: sorted[sorted.length - 1],
        values: [],
        counts: [],
        rankError: 1,
        meanValue: null,
      };
      return { ...base, distinct, identifier: 'row-id', numbers, categories: null };
    }
    return {
      ...base,
      distinct,
      identifier: 'none',
      numbers: bucketSketch(sorted, options.quantiles),
      categories: null,
    };
  }
  if (column.kind === 'text') {
    if (column.overflow || column.codes === null || column.levels === null) {
      return { ...base, distinct: null, identifier: 'unique', numbers: null, categories: null };
    }
    const levels = column.levels;
    if (present > UNIQUE_MIN_PRESENT && levels.length >= UNIQUE_SHARE * present) {
      return { ...base, distinct: levels.length, identifier: 'unique', numbers: null, categories: null };
    }
    const counts = countCodes(column.codes, levels.length);
    const byCount = levels.map((_, code) => code).sort((a, b) => counts[b] - counts[a] || a - b);
    const kept = byCount.slice(0, options.topK).sort((a, b) => a - b);
    const keptSet = new Set(kept);
    let otherCount = 0;
    for (let code = 0; code < levels.length; code++) if (!keptSet.has(code)) otherCount += counts[code];
    const position = new Map(kept.map((code, i) => [code, i]));
    return {
      ...base,
      distinct: levels.length,
      identifier: 'none',
      numbers: null,
      categories: {
        levels: kept.map((code) => levels[code]),
        counts: kept.map((code) => counts[code]),
        nullLike: column.nullLike
          .filter((code) => keptSet.has(code))
          .map((code) => position.get(code) as number),
        otherCount,
        otherLevels: levels.length - kept.length,
      },
    };
  }
  return { ...base, distinct: null, identifier: 'none', numbers: null, categories: null };
}

/** The multivariate model on the reference alone, with the features the comparison would use. */
function referenceModel(raw: RawTable, settings: Settings | undefined): ProfileMultivariate | null {
  if (settings && !settings.multivariate) return null;
  const { reference } = buildTables(raw, raw, {
    maxIntegerCategoryLevels: DEFAULT_MAX_INTEGER_CATEGORY_LEVELS,
  });
  const planSettings = settings ?? null;
  const columns = planSettings
    ? planComparison(reference, reference, planSettings, {}).multivariate.features
    : reference.columns.map((column) => column.name);
  return fitTabularModel(reference, {
    columns,
    varianceShare: settings?.multivariateVarianceShare,
    minIncrease: settings?.multivariateMinIncrease,
    maxRows: MULTIVARIATE_MAX_ROWS,
  });
}

/** The profile of one raw scan (no rows kept). */
export function buildProfile(raw: RawTable, options: ProfileOptions = {}, now = new Date()): ProfileFile {
  const resolved = { topK: options.topK ?? DEFAULT_TOP_K, quantiles: options.quantiles ?? DEFAULT_QUANTILES };
  const columns = raw.columns.map((column) => profileColumn(column, raw.rows, resolved));
  const model = referenceModel(raw, options.settings);
  // the model's categorical levels: only those the profile keeps (no value beyond the top K)
  const kept = new Map(
    columns.map((column) => [column.name, column.categories ? new Set(column.categories.levels) : null]),
  );
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    tool: { name: 'drift-gate', version: VERSION },
    createdAt: now.toISOString(),
    source: raw.source,
    engine: 'in-process',
    rows: raw.rows,
    delimiter: raw.delimiter,
    topK: resolved.topK,
    quantiles: resolved.quantiles,
    exactLimit: EXACT_LIMIT,
    columns,
    multivariate: model && keepOnlyLevels(model, (name) => kept.get(name) ?? null),
  };
}

export { MAX_DICTIONARY_LEVELS };
