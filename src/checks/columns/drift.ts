/**
 * Column drift: which test runs on each column, the multiple-testing correction, and the assembly
 * of each ColumnReport. Pure: Tables and the plan's column specs in, ColumnReports out. Whether a
 * column drifted is decided in rule.ts (the drift rule, one file); its sentences come from
 * report/wording.ts.
 *
 * Auto mode (the default) asks for two kinds of evidence (DESIGN.md "Deciding drift"): an adjusted
 * p-value (ks; z, Fisher or chi-square for categories) and an effect size (normed Wasserstein for
 * numeric columns, total variation for categorical ones). A named test gives one score. Each column
 * also gets a test of its missing share and, in auto mode, per-class shares (classes.ts).
 *
 * Why this file is long: the per-column evaluation (which any thread may run for a share of the
 * columns) and the decision over all columns share the Pending record and the report skeleton.
 */
import {
  type Column,
  type ColumnType,
  isCategoricalColumn,
  isNumericColumn,
  type NumericColumn,
  type Table,
} from '../../data/table.js';
import { formatIdRange, formatTimeRange } from '../../report/format.js';
import type { ColumnCounts, ColumnReport, ColumnRole, ColumnValues, Score } from '../../report/model.js';
import {
  columnExplanation,
  columnSkipText,
  notComparedText,
  onlyMissingShareText,
  roleRangeExplanation,
} from '../../report/wording.js';
import { describeSorted } from '../../stats/describe.js';
import { getStatTest } from '../../stats/registry.js';
import { knownAscending, sharingWalks } from '../../stats/sorted-walk.js';
import { sharingSums } from '../../stats/sums.js';
import type { CategoricalInput, ColumnKind, StatInput, StatTest } from '../../stats/types.js';
import type { ColumnSpec, DriftOptions, ValueRange } from '../plan.js';
import { classShares } from './classes.js';
import { adjustPValues } from './correction.js';
import { pairShares } from './distribution.js';
import {
  categoricalPairInput,
  numericPairInput,
  outsideRange,
  presentSorted,
  recordOutsideRange,
  referenceDescription,
  referenceSorted,
  type SortedReference,
} from './prepare.js';
import { decideColumn } from './rule.js';

/** Binary columns use Fisher's exact test instead of the z-test when an expected count is below this. */
const FISHER_EXPECTED_BELOW = 5;

/**
 * Auto mode skips a categorical column with fewer rows per category than this on the smaller
 * side (e.g. 271 car names over 119 rows): chi-square's approximation and the total variation
 * are both meaningless there (mostly sampling noise). New and vanished categories are still reported.
 */
const MIN_ROWS_PER_CATEGORY = 1;

/** The reason auto mode cannot compare a categorical input, or null when it can. */
function tooSparse(input: CategoricalInput): string | null {
  const levels = input.levels.filter((_, i) => input.reference[i] + input.candidate[i] > 0).length;
  const rows = Math.min(
    input.reference.reduce((a, b) => a + b, 0),
    input.candidate.reduce((a, b) => a + b, 0),
  );
  if (levels <= 2 || rows >= levels * MIN_ROWS_PER_CATEGORY) return null;
  return columnSkipText({ kind: 'too-sparse', categories: levels, smallerSide: rows });
}

/**
 * A tested column pair's report and scores before the multiple-testing correction: plain data,
 * so another thread can evaluate some of the pairs (engine/column-shares.ts) and send them back.
 */
export interface PairEvaluation {
  report: ColumnReport;
  /** Index into `scores` of the p-value that joins the correction family, or -1. */
  familyScore: number;
  mode: 'auto' | 'named';
}

type Pending = PairEvaluation;

function requireTest(id: string): StatTest {
  const test = getStatTest(id);
  if (!test) throw new Error(`drift-gate bug: statistical test '${id}' is not in the registry`);
  return test;
}

function counts(column: Column, rows: number): ColumnCounts {
  return {
    present: rows - column.missing,
    missing: column.missing,
    missingShare: rows === 0 ? 0 : column.missing / rows,
  };
}

/** Auto mode's p-value test for a categorical input: z (binary), Fisher (binary, small expected counts), chi-square. */
function autoCategoricalTest(input: CategoricalInput): string {
  const present = input.levels.map((_, i) => input.reference[i] + input.candidate[i] > 0);
  if (present.filter(Boolean).length !== 2) return 'chi-square';
  const totalRef = input.reference.reduce((a, b) => a + b, 0);
  const totalCand = input.candidate.reduce((a, b) => a + b, 0);
  const total = totalRef + totalCand;
  const smallExpected = input.levels.some(
    (_, i) =>
      present[i] &&
      (((input.reference[i] + input.candidate[i]) * totalRef) / total < FISHER_EXPECTED_BELOW ||
        ((input.reference[i] + input.candidate[i]) * totalCand) / total < FISHER_EXPECTED_BELOW),
  );
  return smallExpected ? 'fisher' : 'z';
}

function runScore(testId: string, input: StatInput, threshold: number | null): Score | string {
  const test = requireTest(testId);
  const result = test.run(input);
  if (result.status === 'skipped') return columnSkipText({ kind: 'test-skipped', message: result.reason });
  return {
    test: test.id,
    kind: test.scoreKind,
    statistic: Number.isFinite(result.statistic) ? result.statistic : null,
    pValue: result.pValue,
    adjustedPValue: result.pValue,
    threshold: threshold ?? test.defaultThreshold,
    passed: false,
  };
}

function baseReport(
  name: string,
  role: ColumnRole,
  type: ColumnType,
  reference: ColumnCounts,
  candidate: ColumnCounts,
): ColumnReport {
  return {
    name,
    role,
    type,
    status: 'compared',
    reason: null,
    method: 'auto',
    test: null,
    statistic: null,
    pValue: null,
    adjustedPValue: null,
    threshold: null,
    effectSize: null,
    scores: [],
    missingShare: null,
    drift: false,
    outcome: 'pass',
    explanation: '',
    reference,
    candidate,
    distribution: null,
  };
}

/** The statistical input of a column pair, or the reason there is none; `kept`: the reference's kept sorts. */
function pairInput(
  reference: Column,
  candidate: Column,
  kept?: SortedReference,
): (ReturnType<typeof pairShares> & { input: StatInput; values?: ColumnValues }) | string {
  if (isNumericColumn(reference) && isNumericColumn(candidate)) {
    // sort buffers reused by the next column: the input lives only while this column is tested
    const sortedReference = referenceSorted(reference, kept);
    const candidateSorted = presentSorted(candidate as NumericColumn, 1);
    knownAscending(sortedReference);
    knownAscending(candidateSorted);
    const outside = outsideRange(sortedReference, candidateSorted);
    if (outside) recordOutsideRange(reference, candidate as NumericColumn, outside);
    const input = numericPairInput(sortedReference, candidateSorted);
    // before/after in real units, from the arrays the tests use (no second sort)
    const values = {
      reference: referenceDescription(reference, sortedReference, kept),
      candidate: describeSorted(candidateSorted),
    };
    return { input, ...pairShares(input), values };
  }
  if (isCategoricalColumn(reference) && isCategoricalColumn(candidate)) {
    const input = categoricalPairInput(reference, candidate);
    return { input, ...pairShares(input) };
  }
  if (reference.type !== candidate.type)
    return columnSkipText({ kind: 'type-differs', reference: reference.type, candidate: candidate.type });
  return columnSkipText({
    kind: 'not-comparable',
    message: 'reason' in reference ? reference.reason : 'not comparable',
  });
}

/**
 * Scores for one column pair before correction, in any thread. Cost: one radix sort per side of a
 * numeric column (O(n)) plus each test's own cost; a categorical column O(n + levels).
 */
export function evaluateColumn(...args: Parameters<typeof evaluateColumnTests>): Pending {
  // the KS test and the Wasserstein distance of the pair share one walk over its sorted samples, and
  // the summaries, descriptions and Wasserstein's standard deviation one pass of sums per sample
  return sharingWalks(() => sharingSums(() => evaluateColumnTests(...args)));
}

function evaluateColumnTests(
  spec: ColumnSpec,
  reference: Column,
  candidate: Column,
  refRows: number,
  candRows: number,
  settings: DriftOptions,
  kept?: SortedReference,
): Pending {
  const name = spec.name;
  const report = baseReport(
    name,
    'feature',
    reference.type,
    counts(reference, refRows),
    counts(candidate, candRows),
  );
  const pending: Pending = { report, familyScore: -1, mode: 'auto' };
  const prepared = pairInput(reference, candidate, kept);
  if (typeof prepared === 'string') {
    report.status = 'skipped';
    report.reason = prepared;
  } else {
    const { input, distribution, histogram, values } = prepared;
    report.distribution = distribution;
    if (values) report.values = values;
    if (histogram) report.histogram = histogram;
    const kind: ColumnKind = input.kind;
    const named = spec.tests[kind].test;
    const sparse = named === 'auto' && input.kind === 'categorical' ? tooSparse(input) : null;
    if (sparse) {
      report.status = 'skipped';
      report.reason = sparse;
    } else if (named === 'auto') {
      const pTest = kind === 'numeric' ? 'ks' : autoCategoricalTest(input as CategoricalInput);
      const effectTest = kind === 'numeric' ? 'wasserstein' : 'tvd';
      const pScore = runScore(pTest, input, settings.alpha);
      const effect = runScore(effectTest, input, settings.minEffect);
      if (typeof pScore === 'string' || typeof effect === 'string') {
        report.status = 'skipped';
        report.reason = typeof pScore === 'string' ? pScore : (effect as string);
      } else {
        report.scores.push(pScore, effect);
        report.effectSize = effect;
        pending.familyScore = 0;
      }
      if (input.kind === 'categorical') {
        report.classes = classShares(input, {
          alpha: settings.alpha,
          correction: settings.correction,
          minEffect: settings.minEffect,
        });
      }
    } else {
      pending.mode = 'named';
      report.method = 'named';
      const score = runScore(named, input, spec.tests[kind].threshold);
      if (typeof score === 'string') {
        report.status = 'skipped';
        report.reason = score;
      } else {
        report.scores.push(score);
        if (score.kind === 'p-value') pending.familyScore = 0;
      }
    }
  }
  const comparable = reference.type !== 'identifier' && reference.type !== 'empty';
  report.missingShare = comparable ? missingShareScore(report.reference, report.candidate, settings) : null;
  if (report.status === 'skipped' && report.missingShare) {
    report.status = 'compared';
    report.reason = onlyMissingShareText(report.reason ?? '');
  }
  return pending;
}

function missingShareScore(
  reference: ColumnCounts,
  candidate: ColumnCounts,
  settings: DriftOptions,
): ColumnReport['missingShare'] {
  const refRows = reference.present + reference.missing;
  const candRows = candidate.present + candidate.missing;
  if (refRows === 0 || candRows === 0) return null;
  const score = runScore(
    'z',
    {
      kind: 'categorical',
      levels: ['missing', 'present'],
      reference: [reference.missing, reference.present],
      candidate: [candidate.missing, candidate.present],
    },
    settings.alpha,
  );
  if (typeof score === 'string') return null;
  return {
    ...score,
    reference: reference.missingShare,
    candidate: candidate.missingShare,
    minChange: settings.missingShareChange,
  };
}

/** Apply the correction to each family, then decide each column. */
function decide(pendings: Pending[], settings: DriftOptions): void {
  const family = pendings.filter((p) => p.familyScore >= 0);
  const adjusted = adjustPValues(
    family.map((p) => p.report.scores[p.familyScore].pValue as number),
    settings.correction,
  );
  family.forEach((p, i) => {
    p.report.scores[p.familyScore].adjustedPValue = adjusted[i];
  });
  const withMissing = pendings.filter((p) => p.report.missingShare !== null);
  const adjustedMissing = adjustPValues(
    withMissing.map((p) => p.report.missingShare?.pValue as number),
    settings.correction,
  );
  withMissing.forEach((p, i) => {
    const missing = p.report.missingShare;
    if (missing) missing.adjustedPValue = adjustedMissing[i];
  });
  for (const pending of pendings) finishColumn(pending);
}

/** Decide one column (rule.ts) and word the decision (report/wording.ts) into its report. */
function finishColumn({ report, mode }: Pending): void {
  const decision = decideColumn({
    mode,
    scores: report.scores,
    missingShare: report.missingShare,
    classes: report.classes ?? null,
  });
  decision.passed.forEach((passed, i) => {
    report.scores[i].passed = passed;
  });
  if (report.missingShare && decision.missingShare) report.missingShare.passed = decision.missingShare.drift;
  const [main] = report.scores;
  if (main) {
    report.test = main.test;
    report.statistic = main.statistic;
    report.pValue = main.pValue;
    report.adjustedPValue = main.adjustedPValue;
    report.threshold = main.threshold;
  }
  report.drift = decision.drift;
  report.outcome = decision.outcome;
  report.explanation = columnExplanation(decision, report.reason);
}

function oneSided(name: string, column: Column, rows: number, side: 'reference' | 'candidate'): ColumnReport {
  const present = counts(column, rows);
  const empty: ColumnCounts = { present: 0, missing: 0, missingShare: 0 };
  const report = baseReport(
    name,
    'feature',
    column.type,
    side === 'reference' ? present : empty,
    side === 'candidate' ? present : empty,
  );
  report.status = side === 'reference' ? 'missing-in-candidate' : 'missing-in-reference';
  report.reason = columnSkipText({
    kind: side === 'reference' ? 'missing-in-candidate' : 'missing-in-reference',
  });
  report.explanation = notComparedText(report.reason);
  return report;
}

/** An identifier or time column: not tested, shown by its range on each side. O(1). */
function rangeReport(
  name: string,
  role: 'identifier' | 'time',
  range: ValueRange,
  reference: Column,
  candidate: Column,
  refRows: number,
  candRows: number,
): ColumnReport {
  const report = baseReport(
    name,
    role,
    reference.type,
    counts(reference, refRows),
    counts(candidate, candRows),
  );
  // A time column of plain numbers (named by `time-column`) shows its numbers.
  const show = role === 'time' && reference.type === 'datetime' ? formatTimeRange : formatIdRange;
  const side = (s: ValueRange['reference']) => ({ min: s.min, max: s.max, text: show(s.min, s.max) });
  report.range = { reference: side(range.reference), candidate: side(range.candidate) };
  report.status = 'skipped';
  report.reason = columnSkipText({
    kind: 'role-range',
    role,
    reference: report.range.reference.text,
    candidate: report.range.candidate.text,
  });
  report.explanation = roleRangeExplanation(role, report.reason);
  return report;
}

/** Names in comparison order: reference columns first, then columns new in the candidate. */
export function columnUnion(reference: Table, candidate: Table): string[] {
  const names = reference.columns.map((c) => c.name);
  const known = new Set(names);
  for (const column of candidate.columns) if (!known.has(column.name)) names.push(column.name);
  return names;
}

/** Whether a planned column is shown by its value range (identifier and time columns), not tested. */
function shownByRange(
  spec: ColumnSpec,
): spec is ColumnSpec & { role: 'identifier' | 'time'; range: ValueRange } {
  return (spec.role === 'identifier' || spec.role === 'time') && spec.range !== undefined;
}

/** The planned columns whose pairs are tested: on both sides, not shown by their range. O(columns). */
export function testedPairs(
  reference: Table,
  candidate: Table,
  columns: readonly ColumnSpec[],
): ColumnSpec[] {
  const inReference = new Set(reference.columns.map((c) => c.name));
  const inCandidate = new Set(candidate.columns.map((c) => c.name));
  return columns.filter(
    (spec) => inReference.has(spec.name) && inCandidate.has(spec.name) && !shownByRange(spec),
  );
}

/**
 * Compare the planned columns of the two tables, each with its planned test, and decide each
 * (the multiple-testing correction runs over all of them). Pairs already in `evaluated` (by name;
 * e.g. evaluated in a worker thread) are taken as they are; the others are evaluated here, with
 * the reference's sorts kept in `kept` when given (prepare.ts referenceSorted).
 * Cost: evaluateColumn's for each pair evaluated here.
 */
export function compareColumns(
  reference: Table,
  candidate: Table,
  columns: readonly ColumnSpec[],
  settings: DriftOptions,
  evaluated: ReadonlyMap<string, PairEvaluation> = new Map(),
  kept?: SortedReference,
): ColumnReport[] {
  const refByName = new Map(reference.columns.map((c) => [c.name, c]));
  const candByName = new Map(candidate.columns.map((c) => [c.name, c]));
  const pendings: Pending[] = [];
  const reports: ColumnReport[] = [];
  for (const spec of columns) {
    const name = spec.name;
    const ref = refByName.get(name);
    const cand = candByName.get(name);
    if (ref && cand && shownByRange(spec)) {
      reports.push(rangeReport(spec.name, spec.role, spec.range, ref, cand, reference.rows, candidate.rows));
    } else if (ref && cand) {
      const pending =
        evaluated.get(name) ??
        evaluateColumn(spec, ref, cand, reference.rows, candidate.rows, settings, kept);
      pendings.push(pending);
      reports.push(pending.report);
    } else if (ref) reports.push(oneSided(name, ref, reference.rows, 'reference'));
    else if (cand) reports.push(oneSided(name, cand, candidate.rows, 'candidate'));
  }
  decide(pendings, settings);
  return reports;
}
