/**
 * A comparison whose reference is a profile: the candidate is read as usual, the profile becomes
 * pseudo-rows (pseudo.ts) and both go through the same type inference and column tests as a raw
 * reference; the multivariate check applies the profile's model; the checks that need the
 * reference's rows are skipped with the reason. The Report says which columns are exact and which
 * come from the quantile sketch, with the bound of the KS statistic (and normed Wasserstein).
 */
import { buildTables } from '../../data/infer.js';
import { DEFAULT_MAX_INTEGER_CATEGORY_LEVELS } from '../../data/load.js';
import { type DataSource, readAndScan } from '../../data/read.js';
import type { ColumnType, Table } from '../../data/table.js';
import { applyTabularModel } from '../../multivariate/model.js';
import type {
  ColumnPrecision,
  ColumnReport,
  ProfileColumn,
  ProfileFile,
  Report,
} from '../../report/model.js';
import { precisionText, profileNoteText } from '../../report/profile-wording.js';
import type { Settings } from '../../settings/settings.js';
import { type CompareMeta, compareTablesWith } from '../compare.js';
import type { JointRequest, JointResult } from '../joint-checks.js';
import { mergeBeyondTopK, PSEUDO_MAX_ROWS, pseudoRawTable } from './pseudo.js';

/** The checks a profile cannot run, with why (only those the settings ask for). */
export function skippedWithProfile(settings: Settings): { check: string; reason: string }[] {
  const skipped = [
    { check: 'duplicates and training-data diff', reason: 'they compare rows; a profile keeps none' },
  ];
  if (settings.critical.length > 0)
    skipped.push({ check: 'critical rows', reason: 'they find reference rows; a profile keeps none' });
  if (settings.slices.length > 0)
    skipped.push({ check: 'slices', reason: 'they filter rows by value; a profile keeps none' });
  if (settings.target !== null && settings.prediction !== null)
    skipped.push({
      check: 'performance',
      reason: 'it pairs targets with predictions row by row; a profile keeps none',
    });
  return skipped;
}

/** The joint checks against a profile: no row checks; the multivariate check from the profile's model. */
function profileJoint(profile: ProfileFile) {
  return async (_reference: Table, candidate: Table, request: JointRequest): Promise<JointResult> => {
    const plan = request.multivariate;
    let multivariate: JointResult['multivariate'];
    try {
      // as the raw check: the features present on both sides
      const inReference = new Set(profile.columns.map((c) => c.name));
      const columns = plan.features.filter(
        (name) => inReference.has(name) && candidate.columns.some((c) => c.name === name),
      );
      multivariate = {
        ok: true,
        value: !plan.enabled
          ? null
          : profile.multivariate === null
            ? applyTabularModel(
                {
                  ...emptyModel(profile),
                  reason: 'the profile has no multivariate model (SQL profiles carry none)',
                },
                candidate,
                { columns, minIncrease: plan.minIncrease },
              )
            : applyTabularModel(profile.multivariate, candidate, { columns, minIncrease: plan.minIncrease }),
      };
    } catch (error) {
      multivariate = { ok: false, error };
    }
    return { rows: { ok: true, value: { findings: [], diff: null } }, multivariate };
  };
}

function emptyModel(profile: ProfileFile): NonNullable<ProfileFile['multivariate']> {
  return {
    status: 'skipped',
    reason: null,
    encoders: [],
    excludedColumns: [],
    referenceRows: profile.rows,
    referenceUsed: 0,
    varianceShare: 0.65,
    trainShare: 0.7,
    seed: 20_240_601,
    fitRows: 0,
    pca: null,
    heldOut: null,
  };
}

/** Upper bound of the normed Wasserstein error: the spread of each mixed bucket times its share, over the sketch's std. */
function wassersteinBound(column: ProfileColumn): number | null {
  const sketch = column.numbers;
  if (!sketch || sketch.exact || sketch.values.length === 0) return null;
  let mean = 0;
  sketch.values.forEach((value, j) => {
    mean += (value * sketch.counts[j]) / column.present;
  });
  let variance = 0;
  let error = 0;
  sketch.values.forEach((value, j) => {
    const share = sketch.counts[j] / column.present;
    variance += share * (value - mean) ** 2;
    const upper = j + 1 < sketch.values.length ? sketch.values[j + 1] : sketch.max;
    error += share * (upper - value);
  });
  const std = Math.sqrt(variance);
  return std > 0 ? error / std : null;
}

/** How exact one compared column is. */
export function columnPrecision(
  column: ColumnReport,
  profileColumn: ProfileColumn | undefined,
  merged: boolean,
  profile: ProfileFile,
  pseudoRows: number,
): ColumnPrecision | null {
  if (!profileColumn || column.status !== 'compared') return null;
  const scaledRows = pseudoRows < profile.rows ? pseudoRows : null;
  // cumulative rounding moves each bucket's share by at most 1 / pseudo-present values
  const scaleError =
    scaledRows === null
      ? 0
      : 1 / Math.max(1, Math.round((profileColumn.present * pseudoRows) / profile.rows));
  if (merged) {
    const text = precisionText('merged', {
      ksBound: null,
      wassersteinBound: null,
      rankError: 0,
      scaledRows,
      topK: profile.topK,
    });
    return { kind: 'merged', rankError: 0, statisticBound: null, text };
  }
  const sketch = profileColumn.numbers;
  const numeric = column.type === 'numeric' || column.type === 'datetime';
  if (!sketch || sketch.exact || !numeric) {
    const kind = scaledRows === null ? 'exact' : 'sketch';
    const text = precisionText(kind, { ksBound: null, wassersteinBound: null, rankError: 0, scaledRows });
    return { kind, rankError: 0, statisticBound: scaledRows === null ? 0 : scaleError, text };
  }
  const ksBound = sketch.rankError + scaleError;
  const w = wassersteinBound(profileColumn);
  const statisticBound = column.test === 'wasserstein' ? w : ksBound;
  const text = precisionText('sketch', {
    ksBound,
    wassersteinBound: w,
    rankError: sketch.rankError,
    scaledRows,
  });
  return { kind: 'sketch', rankError: sketch.rankError, statisticBound, text };
}

/** The report with the profile's part: `referenceProfile` after `reference`, and each compared column's precision. */
function withProfileParts(
  report: Report,
  profile: ProfileFile,
  pseudoRows: number,
  merged: readonly string[],
  settings: Settings,
): Report {
  const byName = new Map(profile.columns.map((column) => [column.name, column]));
  const columns = report.columns.map((column) => {
    const precision = columnPrecision(
      column,
      byName.get(column.name),
      merged.includes(column.name),
      profile,
      pseudoRows,
    );
    if (precision === null) return column;
    const { range, classes, ...rest } = column;
    return {
      ...rest,
      precision,
      ...(range !== undefined ? { range } : {}),
      ...(classes !== undefined ? { classes } : {}),
    };
  });
  const sketched = columns.filter((c) => c.precision && c.precision.kind !== 'exact');
  const bounds = sketched
    .map((c) => c.precision?.statisticBound)
    .filter((b): b is number => typeof b === 'number');
  const skipped = skippedWithProfile(settings);
  const note = profileNoteText({
    version: profile.version,
    engine: profile.engine,
    rows: profile.rows,
    pseudoRows,
    sketchColumns: sketched.map((c) => c.name),
    largestBound: bounds.length > 0 ? Math.max(...bounds) : null,
    skipped,
  });
  const { reference, ...rest } = report;
  const [head, tail] = [
    { schemaVersion: rest.schemaVersion, tool: rest.tool, generatedAt: rest.generatedAt },
    rest,
  ];
  return {
    ...head,
    reference,
    referenceProfile: {
      version: profile.version,
      engine: profile.engine,
      createdAt: profile.createdAt,
      rows: profile.rows,
      pseudoRows,
      skipped,
      note,
    },
    ...tail,
    columns,
  };
}

export interface ProfileComparison {
  readonly profile: ProfileFile;
  readonly profileLabel: string;
  readonly candidate: DataSource;
  readonly settings: Settings;
  /** Per-column type overrides for reading the candidate (pipeline.ts columnTypeOverrides). */
  readonly columnTypes?: Readonly<Record<string, ColumnType>>;
  readonly meta?: CompareMeta;
  /** Rebuild at most this many pseudo-rows (default PSEUDO_MAX_ROWS). */
  readonly maxPseudoRows?: number;
}

/** Compares a candidate file with a reference profile. Throws UserInputError for bad input. */
export async function compareWithProfile(options: ProfileComparison): Promise<Report> {
  const { profile, settings } = options;
  const candidateRaw = await readAndScan(options.candidate, {
    delimiter: settings.delimiter ?? undefined,
    missingValues: settings.missingValues,
    columnTypes: options.columnTypes,
  });
  const referenceRaw = {
    ...pseudoRawTable(profile, options.maxPseudoRows ?? PSEUDO_MAX_ROWS),
    source: options.profileLabel,
  };
  const built = buildTables(referenceRaw, candidateRaw, {
    maxIntegerCategoryLevels: DEFAULT_MAX_INTEGER_CATEGORY_LEVELS,
  });
  const { merged, ...tables } = mergeBeyondTopK(profile, built);
  const report = await compareTablesWith(
    tables.reference,
    tables.candidate,
    settings,
    { ...options.meta, withoutRows: true },
    profileJoint(profile),
  );
  return withProfileParts(report, profile, referenceRaw.rows, merged, settings);
}
