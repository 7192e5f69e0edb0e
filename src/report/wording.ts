/**
 * Why this file is long: it is the one module of sentences (DESIGN.md practice 9), for the JSON
 * report and for every renderer, so all wording stays together.
 *
 * The one module that words decisions (DESIGN.md practice 9): checks hand over structured results
 * (decisions.ts) and these functions write the sentences that the JSON report carries (a column's
 * `reason` and `explanation`, the verdict's `reasons[]`). Numbers go through format.ts. Pure.
 */

import { acceptedHeadline } from './accepted.js';
import type { ColumnDecision, ColumnSkip, Criterion, VerdictReason } from './decisions.js';
import {
  formatClassPValue,
  formatClassShare,
  formatCount,
  formatInstant,
  formatMetric,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatRatio,
  formatRelativeChange,
  formatRoundPercent,
  formatSetting,
  formatShare,
  formatSignedPercent,
  formatSpan,
  plural,
} from './format.js';
import { imageLensName } from './image-wording.js';
import type {
  ClassShare,
  ColumnContribution,
  MetricComparison,
  ReconstructionSummary,
  Report,
  Verdict,
} from './model.js';
import { trendHeadlineParts } from './periods-wording.js';
import type { ColumnChange, TableSettings, ValuePair, ValuesChange } from './summary.js';

/** Metric names in words, for reasons and summaries. */
export const METRIC_LABEL: Readonly<Record<string, string>> = {
  accuracy: 'accuracy',
  macroF1: 'macro F1',
  rocAuc: 'ROC AUC',
  r2: 'R²',
  mae: 'MAE',
  rmse: 'RMSE',
};

/** Class names longer than this are clipped in the rare-class sentence. */
const MAX_CLASS_NAME = 40;
/** Moved classes named in a column's explanation; the rest are counted ("and 4 more"). */
export const CLASSES_LISTED = 10;
/** Examples (critical rows, quality errors) named in one verdict reason. */
const LISTED = 3;

/** A number in a column sentence; a statistic that is not finite (stored as null) says so. */
function sentenceNumber(x: number | null): string {
  return x === null ? 'not finite' : formatNumber(x);
}

/** `adjusted p 0.0204 < 0.05` / `tvd 0.0828 < 0.1`: a criterion and which side of its threshold it lies on. */
function criterionText(c: Criterion, name: string): string {
  const below = c.kind === 'p-value' ? c.passed : !c.passed;
  return `${name} ${sentenceNumber(c.value)} ${below ? '<' : '>='} ${formatSetting(c.threshold)}`;
}

/** Why the column's values were not compared, e.g. `type differs: numeric in the reference, categorical in the candidate`. */
export function columnSkipText(skip: ColumnSkip): string {
  switch (skip.kind) {
    case 'too-sparse':
      return `too many categories for the rows (${skip.categories} categories, ${skip.smallerSide} values on the smaller side): name a test for it or ignore it`;
    case 'type-differs':
      return `type differs: ${skip.reference} in the reference, ${skip.candidate} in the candidate`;
    case 'test-skipped':
    case 'not-comparable':
      return skip.message;
    case 'missing-in-candidate':
      return 'column is missing from the candidate';
    case 'missing-in-reference':
      return 'column is new in the candidate';
    case 'role-range':
      return `${skip.role === 'identifier' ? 'id range' : 'time'} ${skip.reference} → ${skip.candidate}`;
  }
}

/** The explanation of an identifier or time column, which is shown by its range instead of tested. */
export function roleRangeExplanation(role: 'identifier' | 'time', range: string): string {
  const what =
    role === 'identifier'
      ? 'row ids (unique, increasing with the row order) are not drift'
      : 'a time axis moves on with every new batch, which is not drift';
  return `Not tested: ${range}; ${what} (to test it, set its \`type\` in column-settings: \`${role === 'identifier' ? 'numeric' : 'datetime'}\`)`;
}

/** The reason of a column whose values were skipped but whose missing share is still compared. */
export function onlyMissingShareText(reason: string): string {
  return `${reason}; only the missing share is compared`;
}

/** The explanation of a column present on one side only: `Not compared: column is new in the candidate`. */
export function notComparedText(reason: string): string {
  return `Not compared: ${reason}`;
}

/**
 * The strongest flagged class in one clause, e.g.
 * "class 'rare' fell from 2.0% to 0.2% (x0.1, adjusted p 1e-9)".
 */
export function rareClassText(c: ClassShare): string {
  const direction = c.candidateShare > c.referenceShare ? 'rose' : 'fell';
  return `class '${className(c)}' ${direction} from ${formatClassShare(c.referenceShare)} to ${formatClassShare(c.candidateShare)} (${classChange(c)})`;
}

/** The class name, clipped to MAX_CLASS_NAME characters. */
function className(c: ClassShare): string {
  return c.class.length > MAX_CLASS_NAME ? `${c.class.slice(0, MAX_CLASS_NAME - 1)}…` : c.class;
}

/** `x0.1, adjusted p 1e-9` / `new, adjusted p 0`: the ratio of shares and the class's test. */
function classChange(c: ClassShare): string {
  const ratio =
    c.referenceShare === 0
      ? 'new'
      : c.candidateShare === 0
        ? 'vanished'
        : `x${formatRatio(c.candidateShare / c.referenceShare)}`;
  return `${ratio}, adjusted p ${formatClassPValue(c.adjustedPValue)}`;
}

/**
 * The classes that moved (already ordered, largest change first) in one clause: one class as
 * rareClassText; several as "3 classes changed share: 'CA' 3.3% → 8.9% (x2.7, adjusted p 1e-9),
 * 'TX' 6.6% → 11.5% (x1.7, adjusted p 1.7e-5), ..." with the first CLASSES_LISTED and "and N more".
 */
export function movedClassesText(classes: readonly ClassShare[]): string {
  if (classes.length === 1) return rareClassText(classes[0]);
  const shown = classes
    .slice(0, CLASSES_LISTED)
    .map(
      (c) =>
        `'${className(c)}' ${formatClassShare(c.referenceShare)} → ${formatClassShare(c.candidateShare)} (${classChange(c)})`,
    );
  const more = classes.length - shown.length;
  return `${classes.length} classes changed share: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * A column's explanation: `Drift: ` and what made it drift (values, rare class, missing share),
 * then what did not (context); or `No drift: ` and the context. `reason` (the column's skip reason)
 * stands in for the values when they were not compared.
 */
export function columnExplanation(decision: ColumnDecision, reason: string | null): string {
  const causes: string[] = [];
  const context: string[] = [];
  const values = decision.values;
  if (values?.rule === 'auto') {
    const significance = criterionText(values.significance, 'adjusted p');
    const size = criterionText(values.effect, values.effect.test);
    if (values.drift) causes.push(`significant (${significance}) and large enough (${size})`);
    else if (values.significance.passed)
      context.push(`values significant (${significance}) but below min-effect (${size})`);
    else context.push(`values not significant (${significance}; ${size})`);
  } else if (values?.rule === 'named') {
    const score = values.score;
    const text = criterionText(score, score.kind === 'p-value' ? `${score.test} adjusted p` : score.test);
    (values.drift ? causes : context).push(text);
  } else if (reason) {
    context.push(reason);
  }
  if (decision.movedClasses.length > 0) {
    (decision.drift ? causes : context).push(movedClassesText(decision.movedClasses));
  }
  const missing = decision.missingShare;
  const missingChange = missing
    ? `missing share changed from ${formatShare(missing.reference)} to ${formatShare(missing.candidate)} (adjusted p ${sentenceNumber(missing.adjustedPValue)})`
    : '';
  if (missing?.drift) causes.push(missingChange);
  else if (missing?.significant)
    context.push(`${missingChange}, below missing-share-change ${formatShare(missing.minChange)}`);
  if (decision.drift) return `Drift: ${[...causes, ...context].join('; ')}`;
  return `${decision.outcome === 'warn' ? 'Warning' : 'No drift'}: ${context.join('; ')}`;
}

/** A column at or above this share of the multivariate increase is named as its one cause. */
export const ONE_COLUMN_SHARE = 0.8;
/** Columns named with their shares in the multivariate sentence. */
const CONTRIBUTORS_LISTED = 3;

/**
 * What a multivariate drift means, from the columns' shares of the increase (largest first):
 * `one column explains it: Weight_in_lbs (97% of the increase) — see its column test` when one
 * column carries at least ONE_COLUMN_SHARE, else the changed relationships and the top 3 shares.
 */
export function multivariateConclusionText(contributions: readonly ColumnContribution[]): string {
  const [top] = contributions;
  if (top && top.share >= ONE_COLUMN_SHARE) {
    return `one column explains it: ${top.column} (${formatRoundPercent(top.share)} of the increase) — see its column test`;
  }
  const named = contributions
    .filter((c) => c.share > 0)
    .slice(0, CONTRIBUTORS_LISTED)
    .map((c) => `${c.column} ${formatRoundPercent(c.share)}`);
  const relationships =
    'how the columns vary together changed (check pairs of columns, not only each column)';
  return named.length > 0
    ? `${relationships}; largest shares of the increase: ${named.join(', ')}`
    : relationships;
}

/** The explanation of a skipped multivariate check: `Multivariate check skipped: <reason>.` */
export function multivariateSkippedText(reason: string): string {
  return `Multivariate check skipped: ${reason}.`;
}

/** `3 of 7 compared columns drifted (42.9%)`. */
function driftCountText(count: { drifted: number; compared: number; share: number }): string {
  return `${count.drifted} of ${count.compared} compared columns drifted (${formatPercent(count.share)})`;
}

/** `accuracy 0.9 → 0.7 (a drop of 0.2, more than performance-margin 0.05)`. */
function droppedMetricText(c: MetricComparison): string {
  const by = c.higherIsBetter
    ? `a drop of ${formatMetric(Math.abs(c.change ?? 0))}, more than performance-margin ${formatSetting(c.margin)}`
    : `a rise of ${formatPercent(Math.abs(c.relativeChange ?? 1))}, more than ${formatPercent(c.margin)}`;
  return `${METRIC_LABEL[c.metric]} ${formatMetric(c.reference)} → ${formatMetric(c.candidate)} (${by})`;
}

/** `a, b, c; ...`: the first LISTED items, and `; ...` when more exist than listed. */
function listed(items: readonly string[], total: number): string {
  const shown = items.slice(0, LISTED);
  return `${shown.join('; ')}${total > shown.length ? '; ...' : ''}`;
}

/** One verdict reason in words: a `reasons[]` string of the report. */
export function verdictReasonText(reason: VerdictReason): string {
  switch (reason.kind) {
    case 'dataset-drift':
      if (reason.drift)
        return `Dataset drift: ${driftCountText(reason.count)}, at or above drift-share ${formatPercent(reason.threshold)}`;
      return reason.count.drifted > 0
        ? `${driftCountText(reason.count)}, below drift-share ${formatPercent(reason.threshold)}: not dataset drift`
        : `No dataset drift: ${driftCountText(reason.count)}, below drift-share ${formatPercent(reason.threshold)}`;
    case 'column-drift':
      return `${reason.drift ? 'Column drift' : 'No column drift'}: ${driftCountText(reason.count)}`;
    case 'never-fails':
      return `${driftCountText(reason.count)}; fail-on is 'never', so the run passes`;
    case 'target-drift': {
      const why =
        reason.notGatingBecause === null
          ? ''
          : ` (not gating: ${reason.notGatingBecause === 'fail-on-never' ? "fail-on is 'never'" : 'fail-on-target-drift is false'})`;
      return `Target '${reason.target}' drifted${why}: ${reason.explanation.replace(/^Drift: /, '')}`;
    }
    case 'performance-dropped':
      return `Performance dropped: ${reason.metrics.map(droppedMetricText).join('; ')}`;
    case 'critical-rows': {
      const rows = reason.examples.map(
        (e) =>
          `${e.row} (${e.status}${e.columns.length > 0 ? `: ${e.columns.slice(0, LISTED).join(', ')}` : ''})`,
      );
      const lost = reason.removed + reason.changed;
      return `Critical rows: ${reason.removed} of ${reason.rows} removed${reason.keyed ? `, ${reason.changed} changed` : ' or changed'}: ${listed(rows, lost)}`;
    }
    case 'joint-drift': {
      const check = reason.check === 'images' ? 'Image' : 'Multivariate';
      return `${check} ${reason.outcome === 'fail' ? 'drift' : 'check warning'}: ${reason.explanation}`;
    }
    case 'quality-errors': {
      const count = reason.messages.length;
      return `${count} data-quality error${count === 1 ? '' : 's'}: ${listed(reason.messages, count)}`;
    }
    case 'column-warnings': {
      const count = reason.columns.length;
      return `Warning: ${plural(count, 'column')} changed significantly but below the minimum effect: ${listed(reason.columns, count)}`;
    }
    case 'quality-warnings': {
      const count = reason.messages.length;
      return `${plural(count, 'data-quality warning')}: ${listed(reason.messages, count)}`;
    }
    case 'fail-on-warning':
      return "fail-on is 'warning', so the warnings fail the run";
  }
}

/** One part of the headline: how much it weighs (`fail` before `warn` before `pass`), its rank of importance, its words. */
interface HeadlinePart {
  readonly level: Verdict;
  readonly rank: number;
  readonly text: string;
  /** The column-count part (the one a passing run leads with when columns drifted). */
  readonly columns?: boolean;
}

/** `+177.7% reconstruction error` (and, for a warning, the minimum increase it stayed below). */
function reconstructionText(r: ReconstructionSummary): string {
  const change =
    r.relativeIncreasePercent === null
      ? 'reconstruction error up from a zero baseline'
      : `${formatSignedPercent(r.relativeIncreasePercent)} reconstruction error`;
  return r.outcome === 'warn'
    ? `${change}, below the ${formatRoundPercent(r.minIncrease)} minimum increase`
    : change;
}

/** The column-count part of the headline, by fail-on. No data strings. */
function columnPart(report: Report, failOn: string): HeadlinePart {
  const { dataset } = report;
  const drifted = dataset.driftedColumns.length;
  const of = `${formatCount(drifted)} of ${plural(dataset.comparedColumns, 'column')}`;
  const threshold = formatPercent(dataset.threshold);
  const part = (level: Verdict, text: string): HeadlinePart => ({ level, rank: 6, text, columns: true });
  if (dataset.comparedColumns === 0)
    return part('pass', `no columns compared (${plural(report.columns.length, 'column')} in total)`);
  if (dataset.drift)
    return part('fail', `data drift in ${of} (${formatPercent(dataset.driftShare)}, threshold ${threshold})`);
  if (drifted > 0 && (failOn === 'column-drift' || failOn === 'warning'))
    return part('fail', `column drift in ${of} (${formatPercent(dataset.driftShare)})`);
  if (drifted > 0)
    return part(
      'warn',
      `${of} drifted (${formatPercent(dataset.driftShare)}), below the ${threshold} drift share`,
    );
  return part(
    'pass',
    `no drift in ${plural(dataset.comparedColumns, 'compared column')} (threshold ${threshold})`,
  );
}

/**
 * The headline of every output (job summary, PR comment, terminal, the action's log and failure
 * message): the verdict and what decided it, failing parts first in the order of importance
 * (data-quality errors, target, performance, critical rows, image drift, multivariate drift,
 * column drift), then the warnings. A passing run with drifted columns says why it still passes
 * (`passes: 2 of 9 columns drifted (22.2%), below the 50% drift share`). No data strings (column
 * names) go in, so it needs no escaping beyond the renderer's. Cost: O(columns + findings).
 */
export function headline(report: Report): { verdict: Verdict; text: string } {
  const failOn = typeof report.settings.failOn === 'string' ? report.settings.failOn : 'dataset-drift';
  const parts: HeadlinePart[] = [];
  const errors = report.quality.filter((q) => q.severity === 'error').length;
  if (errors > 0) parts.push({ level: 'fail', rank: 0, text: plural(errors, 'data-quality error') });
  parts.push(...trendHeadlineParts(report));
  if (report.columns.some((c) => c.role === 'target' && c.drift)) {
    const gating = report.settings.failOnTargetDrift !== false;
    parts.push({ level: gating ? 'fail' : 'warn', rank: 1, text: 'target drifted' });
  }
  if (report.performance?.dropped) parts.push({ level: 'fail', rank: 2, text: 'model performance dropped' });
  const critical = report.critical;
  if (critical && critical.removed + critical.changed > 0)
    parts.push({
      level: 'fail',
      rank: 3,
      text: `${plural(critical.removed + critical.changed, 'critical row')} removed or changed`,
    });
  const images = report.images;
  if (images?.status === 'ok' && images.outcome !== 'pass') {
    const what = images.outcome === 'fail' ? 'image drift' : 'images changed slightly';
    const seenBy =
      images.outcome === 'fail' && !images.firedLenses.includes('reconstruction')
        ? `seen by ${images.firedLenses.map(imageLensName).join(', ')}`
        : reconstructionText(images.reconstruction);
    parts.push({ level: images.outcome, rank: 4, text: `${what} (${seenBy})` });
  }
  const multivariate = report.multivariate;
  if (multivariate?.status === 'ok' && multivariate.outcome !== 'pass') {
    const what = multivariate.outcome === 'fail' ? 'multivariate drift' : 'rows changed slightly together';
    parts.push({
      level: multivariate.outcome,
      rank: 5,
      text: `${what} (${reconstructionText(multivariate)})`,
    });
  }
  const columns = columnPart(report, failOn);
  parts.push(columns);
  const slight = report.dataset.warningColumns.length;
  if (slight > 0)
    parts.push({
      level: 'warn',
      rank: 7,
      text: `${plural(slight, 'column')} changed slightly (significant, below the minimum effect)`,
    });
  const warnings = report.quality.filter((q) => q.severity === 'warning').length;
  if (warnings > 0) parts.push({ level: 'warn', rank: 8, text: plural(warnings, 'data-quality warning') });

  const weight: Record<Verdict, number> = { fail: 0, warn: 1, pass: 2 };
  parts.sort((a, b) => weight[a.level] - weight[b.level] || a.rank - b.rank);
  const words = (list: readonly HeadlinePart[]) => list.map((p) => p.text).join('; ');
  const verdict = report.verdict;
  const failing = parts.some((p) => p.level === 'fail');
  const accepted = acceptedHeadline(report);
  if (accepted !== null) return { verdict, text: `${accepted}: ${words(parts)}` };
  if (verdict === 'fail') {
    return {
      verdict,
      text: failing ? words(parts) : `warnings fail the run (fail-on is 'warning'): ${words(parts)}`,
    };
  }
  if (verdict === 'warn') {
    if (failing) return { verdict, text: `passes (fail-on is 'never'): ${words(parts)}` };
    if (columns.level === 'warn')
      return { verdict, text: `passes: ${words([columns, ...parts.filter((p) => p !== columns)])}` };
    return { verdict, text: `passes with warnings: ${words(parts)}` };
  }
  return { verdict, text: words(parts) };
}

/** A value in the column's units: a date for datetime columns, else formatQuantity. */
function quantityText(x: number, datetime: boolean): string {
  return datetime ? formatInstant(x) : formatQuantity(x);
}

/** `2,800 → 1,300,000 (+46,329%)`, `2016-01-01 → 2016-03-01 (+60 days)`; no change in brackets when none can be said. */
function pairText(value: ValuePair, datetime: boolean): string {
  const before = quantityText(value.reference, datetime);
  const after = quantityText(value.candidate, datetime);
  if (before === after) return `${before} → ${after}`;
  const change = datetime
    ? formatSpan(value.candidate - value.reference)
    : formatRelativeChange(value.reference, value.candidate);
  return change ? `${before} → ${after} (${change})` : `${before} → ${after}`;
}

/** `'EU' 0% → 4.6%` for each class, comma-separated. */
function classMovesText(change: Extract<ColumnChange, { kind: 'classes' }>): string {
  return change.classes
    .map(
      (c) =>
        `'${c.name.length > MAX_CLASS_NAME ? `${c.name.slice(0, MAX_CLASS_NAME - 1)}…` : c.name}' ${formatClassShare(c.reference)} → ${formatClassShare(c.candidate)}`,
    )
    .join(', ');
}

/**
 * The before/after cell of the column tables: `median 2,800 → 1,300,000 (+46,329%)` for numeric and
 * datetime columns, the classes that moved most (`'EU' 0% → 4.6%, 'USA' 64.5% → 60.1%`) for
 * categorical ones; `—` when there is nothing to show.
 */
export function changeCellText(change: ColumnChange | null): string {
  if (!change) return '—';
  if (change.kind === 'classes') return classMovesText(change);
  return `median ${pairText(change.median, change.datetime)}`;
}

/** The statistics that show a numeric change best, by its direction. */
function valuesCauseText(change: ValuesChange): string {
  const { datetime } = change;
  const median = `median ${pairText(change.median, datetime)}`;
  const p5 = `p5 ${pairText(change.p5, datetime)}`;
  const p95 = `p95 ${pairText(change.p95, datetime)}`;
  const mean = `mean ${pairText(change.mean, datetime)}`;
  switch (change.direction) {
    case 'higher':
    case 'lower':
      return `${change.direction}: ${median}, ${change.direction === 'higher' ? p95 : p5}, ${mean}`;
    case 'wider':
    case 'narrower':
      return `${change.direction} spread: ${p5}, ${p95}, ${median}`;
    default:
      return `similar values: ${median}, ${mean}`;
  }
}

/**
 * The cause of a column's change in words, before the statistics ("Why they drifted"): the missing
 * share when it moved, then the values (`higher: median 2,800 → 1,300,000 (+46,329%), p95 ...`) or the
 * classes that moved most. '' when there is nothing to say.
 */
export function changeCauseText(
  change: ColumnChange | null,
  missing: { reference: number; candidate: number; changed: boolean },
): string {
  const parts: string[] = [];
  if (missing.changed) {
    const more = missing.candidate > missing.reference ? 'more' : 'fewer';
    parts.push(
      `${more} missing values: ${formatShare(missing.reference)} → ${formatShare(missing.candidate)}`,
    );
  }
  if (change?.kind === 'values') parts.push(valuesCauseText(change));
  else if (change) parts.push(`classes moved: ${classMovesText(change)}`);
  return parts.join('; ');
}

/**
 * "What to do next" for the outcome of a run, plain text (renderers escape it and add their own
 * label), or '' when nothing is to be done.
 */
export function nextStepText(next: NextStep): string {
  const steps: string[] = [];
  if (next.qualityErrors > 0) steps.push('fix the data-quality errors first: they fail the run on their own');
  if (next.labelColumns.length > 0)
    steps.push(
      `check the labels (${next.labelColumns.map((c) => `'${c}'`).join(', ')}) before training on them`,
    );
  if (next.changedRows > 0) steps.push('look at the changed rows in the training-data diff');
  if (next.driftedColumns.length > 0) {
    const listed = next.driftedColumns
      .slice(0, LISTED)
      .map((c) => `'${c}'`)
      .join(', ');
    const more =
      next.driftedColumns.length > LISTED ? ` and ${next.driftedColumns.length - LISTED} more` : '';
    steps.push(
      `if the change in ${listed}${more} is intended, accept it on record (an accept entry with the column and a reason, or the pull request's accept label); otherwise fix the data`,
    );
  } else if (next.warned) {
    steps.push('nothing blocks the merge; the warnings say what to watch');
  }
  if (steps.length === 0) return '';
  const text = steps.join('; ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** What the "What to do next" line is based on. */
export interface NextStep {
  readonly qualityErrors: number;
  readonly driftedColumns: readonly string[];
  readonly labelColumns: readonly string[];
  readonly changedRows: number;
  readonly warned: boolean;
}

/**
 * The line above the column tables that says the settings once:
 * `Auto mode: a column drifts when its change is significant (adjusted p < 0.05; ks (numeric),
 * chi-square (categorical); correction fdr) and large enough (effect ≥ 0.1: wasserstein (numeric),
 * tvd (categorical)). n.s.: not significant.`
 */
export function tableSettingsText(settings: TableSettings): string {
  const alpha = settings.alpha === null ? 'alpha' : formatSetting(settings.alpha);
  const minEffect = settings.minEffect === null ? 'min-effect' : formatSetting(settings.minEffect);
  const correction = settings.correction ? `; correction ${settings.correction}` : '';
  return `Auto mode: a column drifts when its change is significant (adjusted p < ${alpha}: ${settings.tests}${correction}) and large enough (effect ≥ ${minEffect}: ${settings.effects}). n.s.: not significant.`;
}

/** What the note under the effect-size chart is based on. */
export interface ChartNote {
  readonly shown: number;
  readonly total: number;
  /** Bars cut at `clipAt` so the others stay readable, with their real values. */
  readonly clipped: ReadonlyArray<{ name: string; value: number }>;
  readonly clipAt: number | null;
  /** Columns whose bar reaches the line without drifting (their change was not significant). */
  readonly aboveLineNotDrifted: readonly string[];
}

/**
 * The note under the effect-size chart, escaped for markdown by the caller's choice of input (names
 * are escaped here with `quoteName`): colours, the line, clipped bars, bars above the line that did
 * not drift.
 */
export function chartNoteText(
  note: ChartNote,
  quoteName: (name: string) => string = (n) => `'${n}'`,
): string {
  const parts = [
    `Bars: red drifted, yellow warned, green stable${note.total > note.shown ? ` (top ${note.shown} of ${note.total})` : ''}. The line is min-effect: a column drifts when its bar reaches the line and its change is significant, or when a class or its missing share moved (see why they drifted).`,
  ];
  if (note.aboveLineNotDrifted.length > 0) {
    const names = note.aboveLineNotDrifted.slice(0, LISTED).map(quoteName).join(', ');
    parts.push(
      `${names} reach${note.aboveLineNotDrifted.length === 1 ? 'es' : ''} the line without drifting: not significant (n.s.).`,
    );
  }
  if (note.clipAt !== null && note.clipped.length > 0) {
    const names = note.clipped.map((c) => `${quoteName(c.name)} (${formatNumber(c.value)})`).join(', ');
    parts.push(
      `Axis clipped at ${formatNumber(note.clipAt)}: ${names} ${note.clipped.length === 1 ? 'is' : 'are'} far larger.`,
    );
  }
  return parts.join(' ');
}
