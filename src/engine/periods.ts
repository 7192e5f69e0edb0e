/**
 * Scheduled monitoring: the candidate as a series of periods, each compared with the reference
 * (the full comparison of compare.ts) and with the period before (the column tests only), the
 * trend of every column across them (checks/trend), and the history file that carries periods
 * across runs. The Report's top-level dataset, columns and verdict describe the latest period, so
 * single-file consumers keep working; `periods[]` and `trend` hold the rest.
 *
 * Why this file is long: the two forms of periods (a glob of files, one file cut by its time
 * column), the history periods and the verdict over periods share one flow that reads best whole.
 */
import path from 'node:path';
import { compareColumns } from '../checks/columns/drift.js';
import { type ColumnSeries, classifyTrends, type PeriodColumnNumbers } from '../checks/trend/trend.js';
import { isDataFileName } from '../data/formats/detect.js';
import { buildTables, type ReferenceTableReuse, referenceTableReuse } from '../data/infer.js';
import { type DataSource, DEFAULT_MAX_INTEGER_CATEGORY_LEVELS, loadTables } from '../data/load.js';
import { DEFAULT_MISSING_VALUES } from '../data/missing.js';
import { cutIntoPeriods } from '../data/periods.js';
import { readAndScan } from '../data/read.js';
import type { RawTable, ScanOptions } from '../data/scan.js';
import { subsetTable } from '../data/subset.js';
import { isNumericColumn, type Table } from '../data/table.js';
import { UserInputError } from '../errors.js';
import { readFileAtRevision } from '../inputs/git.js';
import {
  appendHistory,
  HISTORY_FORMAT,
  HISTORY_VERSION,
  type HistoryPeriod,
  readHistory,
} from '../inputs/history.js';
import { expandPattern, isPattern, locateInput } from '../inputs/locate.js';
import { resolveInWorkspace } from '../inputs/workspace.js';
import type { ColumnReport, ColumnTrendReport, PeriodReport, Report, TrendReport } from '../report/model.js';
import { failedPeriodText, trendReasonText } from '../report/periods-wording.js';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings.js';
import { quantileSorted } from '../stats/binning.js';
import { sortFloat64 } from '../stats/sort.js';
import { compareTables } from './compare.js';
import { columnTypeOverrides, type PipelineContext } from './pipeline-context.js';
import { planComparison } from './plan.js';
import { referenceWork } from './reference-work.js';

/**
 * Whether the run is over periods: a glob of data files as candidate (told apart from images by
 * its extension, any data format's), `period`, or `history`.
 */
export function usesPeriods(settings: Settings): boolean {
  const candidate = settings.candidate;
  const dataGlob = candidate !== null && isPattern(candidate) && isDataFileName(candidate);
  return dataGlob || settings.period !== null || settings.history !== null;
}

/** One period of this run: its name and how to get the reference and its Table. */
interface PeriodSource {
  readonly name: string;
  readonly load: () => Promise<{ reference: Table; candidate: Table }>;
}

/** A period name from a file: the file name without its extension. */
function nameOfFile(file: string): string {
  const base = path.basename(file);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

async function referenceSource(settings: Settings, context: PipelineContext): Promise<DataSource> {
  const reference = locateInput(settings.reference, 'reference', context);
  if (!context.referenceRevision) return { label: reference.label, path: reference.absolute };
  const bytes = await readFileAtRevision({
    cwd: context.root,
    revision: context.referenceRevision,
    path: reference.label,
  });
  return { label: `${reference.label}@${context.referenceRevision.slice(0, 12)}`, bytes };
}

function scanOptions(settings: Settings): ScanOptions {
  return {
    delimiter: settings.delimiter ?? undefined,
    missingValues: settings.missingValues ?? DEFAULT_MISSING_VALUES,
    columnTypes: columnTypeOverrides(settings),
  };
}

/**
 * The periods of this run, in order: the files of a glob, or one file cut by `time-column`, or one
 * file. Every period's reference is the same Table whenever its column types come out the same
 * (`reuse`), so the reference's side of the checks is made once (reference-work.ts).
 */
async function periodSources(
  settings: Settings,
  context: PipelineContext,
  reuse: ReferenceTableReuse,
): Promise<PeriodSource[]> {
  const reference = await referenceSource(settings, context);
  const candidate = settings.candidate;
  if (candidate === null)
    throw new UserInputError("'candidate' is required: the path of the candidate dataset");
  if (settings.reference !== null && isPattern(settings.reference)) {
    throw new UserInputError(
      `'reference' ${settings.reference} is a pattern; with periods the reference is one data file`,
    );
  }
  const options = scanOptions(settings);
  const infer = { maxIntegerCategoryLevels: DEFAULT_MAX_INTEGER_CATEGORY_LEVELS };
  if (isPattern(candidate)) {
    if (settings.period !== null) {
      throw new UserInputError(
        `'period' cuts one candidate file by 'time-column'; 'candidate' ${candidate} is a pattern, whose files are the periods: leave 'period' out`,
      );
    }
    const files = await expandPattern(candidate, 'candidate', context);
    if (files.length === 0) throw new UserInputError(`'candidate' pattern ${candidate} matches no file`);
    let referenceRaw: Promise<RawTable> | null = null;
    const referenceScan = (): Promise<RawTable> => {
      referenceRaw ??= readAndScan(reference, options);
      return referenceRaw;
    };
    const seen = new Map<string, string>();
    for (const file of files) {
      const other = seen.get(nameOfFile(file));
      if (other !== undefined) {
        throw new UserInputError(
          `'candidate' pattern ${candidate} matches ${other} and ${file}, which name the same period '${nameOfFile(file)}': periods are named by file name without extension`,
        );
      }
      seen.set(nameOfFile(file), file);
    }
    return files.map((file) => ({
      name: nameOfFile(file),
      load: async () => {
        const absolute = path.resolve(context.root, file);
        const [referenceTable, periodRaw] = await Promise.all([
          referenceScan(),
          readAndScan({ label: file, path: absolute }, options),
        ]);
        return buildTables(referenceTable, periodRaw, infer, reuse);
      },
    }));
  }
  const located = locateInput(candidate, 'candidate', context);
  const load = () =>
    loadTables(
      reference,
      { label: located.label, path: located.absolute },
      { ...options, worker: context.workers?.parse },
    );
  if (settings.period === null) return [{ name: nameOfFile(located.label), load }];
  if (settings.timeColumn === null) {
    throw new UserInputError(
      `'period' (${settings.period}) cuts the candidate by its time column: set 'time-column' too`,
    );
  }
  const tables = await load();
  const { periods } = cutIntoPeriods(tables.candidate, settings.timeColumn, settings.period);
  return periods.map((period) => ({
    name: period.name,
    load: async () => ({
      reference: tables.reference,
      candidate: subsetTable(tables.candidate, period.rows, `${located.label}#${period.name}`),
    }),
  }));
}

/**
 * Median of a numeric column's finite values (`numpy.quantile(values, 0.5)`, the median of the
 * column reports), or null. O(n) copy + radix sort (a loop into a typed array: `filter` on a
 * Float64Array took a second per 6M values, more than the sort).
 */
function medianOf(table: Table, name: string): number | null {
  const column = table.columns.find((c) => c.name === name);
  if (!column || !isNumericColumn(column)) return null;
  const { values } = column;
  let finite = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite++;
  const copy = new Float64Array(finite);
  for (let i = 0, at = 0; i < values.length; i++) if (Number.isFinite(values[i])) copy[at++] = values[i];
  const sorted = sortFloat64(copy);
  return sorted.length === 0 ? null : quantileSorted(sorted, 0.5);
}

/** The effect size of a compared column: the auto-mode effect size, or a distance statistic. */
function effectOf(column: ColumnReport): number | null {
  if (column.status !== 'compared') return null;
  if (column.effectSize) return column.effectSize.statistic;
  const kind = column.scores[0]?.kind;
  return kind === 'distance' ? column.statistic : null;
}

function thresholdOf(column: ColumnReport): number | null {
  return column.effectSize?.threshold ?? (column.scores[0]?.kind === 'distance' ? column.threshold : null);
}

/** Whether the target column has a present value in `table`. */
function hasLabels(table: Table, target: string): boolean {
  const column = table.columns.find((c) => c.name === target);
  return column !== undefined && column.missing < table.rows;
}

/** The column tests of `current` against `previous` (the step between consecutive periods): column -> drift. */
function stepDrift(previous: Table, current: Table, settings: Settings): Map<string, boolean> {
  const stepSettings: Settings = {
    ...settings,
    target: null,
    prediction: null,
    slices: DEFAULT_SETTINGS.slices,
    key: DEFAULT_SETTINGS.key,
    critical: DEFAULT_SETTINGS.critical,
  };
  const plan = planComparison(previous, current, stepSettings, { rowChecks: false });
  const columns = compareColumns(previous, current, plan.columns, plan.drift);
  return new Map(columns.filter((c) => c.status === 'compared').map((c) => [c.name, c.drift]));
}

/** One period compared in this run: its report, its medians and the steps from the period before. */
interface ComparedPeriod {
  readonly name: string;
  readonly report: Report;
  readonly medians: Map<string, number | null>;
  readonly steps: Map<string, boolean> | null;
  readonly labelled: boolean | null;
}

function periodEntry(period: ComparedPeriod): PeriodReport {
  const { report } = period;
  return {
    name: period.name,
    origin: 'candidate',
    rows: report.candidate.rows,
    verdict: report.verdict,
    dataset: {
      drift: report.dataset.drift,
      driftShare: report.dataset.driftShare,
      driftedColumns: report.dataset.driftedColumns,
    },
    columns: report.columns,
    labelled: period.labelled,
    ...(report.performance !== undefined ? { performance: report.performance } : {}),
  };
}

function historyEntry(period: HistoryPeriod): PeriodReport {
  return {
    name: period.name,
    origin: 'history',
    rows: period.rows,
    verdict: period.verdict,
    dataset: {
      drift: period.driftedColumns.length > 0 && period.verdict === 'fail',
      driftShare: period.driftShare,
      driftedColumns: [...period.driftedColumns],
    },
    columns: [],
    labelled: period.labelled,
  };
}

/** The history file's line for this run's periods. */
function historyPeriod(period: ComparedPeriod): HistoryPeriod {
  const { report } = period;
  return {
    name: period.name,
    rows: report.candidate.rows,
    verdict: report.verdict,
    driftShare: report.dataset.driftShare,
    driftedColumns: report.dataset.driftedColumns,
    labelled: period.labelled,
    columns: report.columns
      .filter((c) => c.role === 'feature' && c.status === 'compared')
      .map((c) => ({
        name: c.name,
        effect: effectOf(c),
        drift: c.drift,
        outcome: c.outcome,
        median: period.medians.get(c.name) ?? null,
      })),
  };
}

const PATTERN_ORDER = { jump: 0, creep: 1, spike: 2, stable: 3 } as const;

/** Compare every period, classify the trends, decide, append to the history. */
export async function runPeriods(settings: Settings, context: PipelineContext): Promise<Report> {
  const historyPath =
    settings.history === null
      ? null
      : context.confineToRoot
        ? resolveInWorkspace(settings.history, context.root, "'history'")
        : path.resolve(context.root, settings.history);
  const history =
    historyPath !== null && settings.history !== null
      ? readHistory(historyPath, settings.history)
      : { periods: [], skippedLines: [] };
  const sources = await periodSources(settings, context, referenceTableReuse());
  // the reference's sorts, row groupings and multivariate fit, made in the first period and reused
  const work = referenceWork();
  const now = new Date();
  const compared: ComparedPeriod[] = [];
  let previous: Table | null = null;
  let reference: Table | null = null;
  for (const source of sources) {
    const tables = await source.load();
    reference = tables.reference;
    const target = settings.target;
    const labelled = target === null ? null : hasLabels(tables.candidate, target);
    // labels that have not arrived: compare the period without its target (no drift, no performance)
    // the time column that cut the periods is not compared (each period holds one slice of it)
    const ignored = [
      ...settings.ignoreColumns,
      ...(settings.period !== null && settings.timeColumn !== null ? [settings.timeColumn] : []),
      ...(labelled === false && target !== null ? [target] : []),
    ];
    const periodSettings: Settings = {
      ...settings,
      ignoreColumns: ignored,
      ...(labelled === false ? { target: null } : {}),
    };
    const report = compareTables(tables.reference, tables.candidate, periodSettings, {
      referenceRevision: context.referenceRevision,
      labels: context.labels,
      now,
      referenceWork: work,
    });
    const medians = new Map<string, number | null>(
      report.columns.map((c) => [c.name, medianOf(tables.candidate, c.name)]),
    );
    const steps = previous === null ? null : stepDrift(previous, tables.candidate, periodSettings);
    compared.push({ name: source.name, report, medians, steps, labelled });
    previous = tables.candidate;
  }
  const latest = compared[compared.length - 1];
  if (!latest || !reference) throw new UserInputError("'candidate' names no period to compare");
  const runNames = new Set(compared.map((p) => p.name));
  const earlier = history.periods.filter((p) => !runNames.has(p.name));
  const names = [...earlier.map((p) => p.name), ...compared.map((p) => p.name)];

  // per column, one entry per period (history first)
  const features = latest.report.columns.filter((c) => c.role === 'feature' && c.status === 'compared');
  const latestByName = new Map(features.map((c) => [c.name, c]));
  const columnNames = [
    ...new Set([...features.map((c) => c.name), ...earlier.flatMap((p) => p.columns.map((c) => c.name))]),
  ];
  const outcomes = new Map<string, ColumnTrendReport['outcomes'][number][]>();
  const series: ColumnSeries[] = columnNames.map((name) => {
    const fromHistory: PeriodColumnNumbers[] = earlier.map((period) => {
      const c = period.columns.find((col) => col.name === name);
      return { effect: c?.effect ?? null, drift: c?.drift ?? null, step: null, median: c?.median ?? null };
    });
    const fromRun: PeriodColumnNumbers[] = compared.map((period, i) => {
      const c = period.report.columns.find((col) => col.name === name && col.status === 'compared');
      const step =
        i === 0 ? (earlier.length === 0 ? (c?.drift ?? null) : null) : (period.steps?.get(name) ?? null);
      return {
        effect: c ? effectOf(c) : null,
        drift: c ? c.drift : null,
        step,
        median: period.medians.get(name) ?? null,
      };
    });
    outcomes.set(name, [
      ...earlier.map((p) => p.columns.find((c) => c.name === name)?.outcome ?? null),
      ...compared.map(
        (p) => p.report.columns.find((c) => c.name === name && c.status === 'compared')?.outcome ?? null,
      ),
    ]);
    const latestColumn = latestByName.get(name);
    return {
      name,
      minEffect: (latestColumn && thresholdOf(latestColumn)) ?? settings.minEffect,
      referenceMedian: medianOf(reference as Table, name),
      periods: [...fromHistory, ...fromRun],
    };
  });
  const trends = classifyTrends(names, series, settings.alpha)
    .map(
      (trend, i): ColumnTrendReport => ({
        name: trend.name,
        pattern: trend.pattern,
        since: trend.since,
        effects: trend.effects,
        outcomes: outcomes.get(trend.name) ?? [],
        threshold: series[i].minEffect,
        slope: trend.slope,
        trendPValue: trend.trendPValue,
        medianChange: trend.medianChange,
        medianFrom: trend.medianFrom,
        medianTo: trend.medianTo,
      }),
    )
    .sort((a, b) => PATTERN_ORDER[a.pattern] - PATTERN_ORDER[b.pattern]);

  const periods = [...earlier.map(historyEntry), ...compared.map(periodEntry)];
  const unlabelled = periods.filter((p) => p.labelled === false).map((p) => p.name);
  const trend: TrendReport = {
    alpha: settings.alpha,
    columns: trends,
    unlabelled,
    history:
      settings.history === null
        ? null
        : { path: settings.history, periodsRead: earlier.length, skippedLines: history.skippedLines },
  };

  // the verdict: the latest period (or any, under fail-on-period: any), and a jump starting in the latest
  const latestName = latest.name;
  const trendReasons = trends.flatMap((t) => {
    const text = trendReasonText(t);
    return text === null ? [] : [text];
  });
  let verdict = latest.report.verdict;
  const periodReasons: string[] = [];
  const failOnNever = settings.failOn === 'never';
  if (!failOnNever && trends.some((t) => t.pattern === 'jump' && t.since === latestName)) verdict = 'fail';
  // a jump or creep elsewhere warns (and a jump in any period fails under fail-on-period: any)
  const anyJump = trends.some((t) => t.pattern === 'jump');
  if (settings.failOnPeriod === 'any' && anyJump && !failOnNever) verdict = 'fail';
  if (verdict === 'pass' && (anyJump || trends.some((t) => t.pattern === 'creep'))) verdict = 'warn';
  if (settings.failOnPeriod === 'any') {
    for (const period of compared.slice(0, -1)) {
      if (period.report.verdict === 'fail') {
        periodReasons.push(failedPeriodText(period.name, period.report.reasons[0] ?? null));
        if (!failOnNever) verdict = 'fail';
      } else if (period.report.verdict === 'warn' && verdict === 'pass') verdict = 'warn';
    }
    for (const period of earlier) {
      if (period.verdict === 'fail') {
        periodReasons.push(failedPeriodText(period.name, null));
        if (!failOnNever) verdict = 'fail';
      }
    }
  }

  if (historyPath !== null) {
    appendHistory(historyPath, {
      format: HISTORY_FORMAT,
      version: HISTORY_VERSION,
      time: now.toISOString(),
      reference: latest.report.reference.source,
      candidate: settings.candidate ?? '',
      periods: compared.map(historyPeriod),
    });
  }
  return {
    ...latest.report,
    settings: { ...settings },
    periods,
    trend,
    verdict,
    reasons: [...trendReasons, ...periodReasons, ...latest.report.reasons],
  };
}
