/**
 * The one module that words decisions (DESIGN.md practice 9): checks hand over structured results
 * (decisions.ts) and these functions write the sentences that the JSON report carries (a column's
 * `reason` and `explanation`, the verdict's `reasons[]`). Numbers go through format.ts. Pure.
 */
import type { ColumnDecision, ColumnSkip, Criterion, VerdictReason } from './decisions.js';
import {
  formatClassPValue,
  formatClassShare,
  formatMetric,
  formatNumber,
  formatPercent,
  formatRatio,
  formatRoundPercent,
  formatSetting,
  formatShare,
} from './format.js';
import type { ClassShare, ColumnContribution, MetricComparison } from './model.js';

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
      context.push(`values significant (${significance}) but too small to matter (${size})`);
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
  if (missing?.drift) {
    causes.push(
      `missing share changed from ${formatShare(missing.reference)} to ${formatShare(missing.candidate)} (adjusted p ${sentenceNumber(missing.adjustedPValue)})`,
    );
  }
  return decision.drift ? `Drift: ${[...causes, ...context].join('; ')}` : `No drift: ${context.join('; ')}`;
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
      return reason.drift
        ? `Dataset drift: ${driftCountText(reason.count)}, at or above drift-share ${formatPercent(reason.threshold)}`
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
    case 'joint-drift':
      return `${reason.check === 'images' ? 'Image drift' : 'Multivariate drift'}: ${reason.explanation}`;
    case 'quality-errors': {
      const count = reason.messages.length;
      return `${count} data-quality error${count === 1 ? '' : 's'}: ${listed(reason.messages, count)}`;
    }
  }
}
