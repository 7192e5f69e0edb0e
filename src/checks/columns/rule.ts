/**
 * The column drift rule (DESIGN.md "Deciding drift"): numbers in, a structured decision out. No
 * words here: src/report/wording.ts turns the decision into the column's explanation.
 *
 * A column drifts when any of these criteria fires:
 * - values, auto mode: adjusted p-value below alpha AND effect size at or above min-effect;
 * - values, a named test: its own threshold alone (p < alpha, or distance >= threshold);
 * - rare class (auto mode, categorical): a class flagged by classes.ts (share halved or doubled, significantly);
 *   every class that moved (classes.ts: significant and meaningful) is handed on for the explanation;
 * - missing share: the two-proportion z-test on the missing share is significant (adjusted) AND the
 *   share moved by at least `missing-share-change`.
 * Every comparison goes through isPastThreshold (decide.ts). Cost: O(scores + classes).
 *
 * The outcome has three values: `fail` when the column drifts; `warn` when it does not but a change
 * is significant and below its minimum effect (auto mode: adjusted p < alpha, effect < min-effect;
 * or the missing share: significant, moved less than missing-share-change); `pass` otherwise.
 */
import type {
  ColumnDecision,
  Criterion,
  DriftCriterion,
  MissingShareDecision,
  ValueDecision,
} from '../../report/decisions.js';
import type { ClassShare } from '../../report/model.js';
import type { ScoreKind } from '../../stats/types.js';
import { isPastThreshold } from './decide.js';

/** One score as the rule reads it (a report Score fits). */
export interface RuleScore {
  readonly test: string;
  readonly kind: ScoreKind;
  readonly statistic: number | null;
  readonly adjustedPValue: number | null;
  readonly threshold: number;
}

/** The missing-share score with both shares and the minimum change (the report's missingShare fits). */
export interface RuleMissingShare extends RuleScore {
  readonly reference: number;
  readonly candidate: number;
  readonly minChange: number;
}

export interface ColumnRuleInput {
  /** `auto`: scores are [p-value test, effect size]; `named`: scores are [the named test]. */
  readonly mode: 'auto' | 'named';
  /** Empty when the values were not compared (the column's reason says why). */
  readonly scores: readonly RuleScore[];
  readonly missingShare: RuleMissingShare | null;
  /** Per-class shares (auto mode, categorical columns), or null. */
  readonly classes: readonly ClassShare[] | null;
}

/** A score against its threshold through isPastThreshold; a missing value counts as +Infinity. */
export function criterion(score: RuleScore): Criterion {
  const value = score.kind === 'p-value' ? score.adjustedPValue : score.statistic;
  return {
    test: score.test,
    kind: score.kind,
    value,
    threshold: score.threshold,
    passed: isPastThreshold(score.kind, value ?? Number.POSITIVE_INFINITY, score.threshold),
  };
}

/**
 * The strongest flagged class: smallest adjusted p; ties (e.g. p-values that underflow to 0) go to
 * the larger change of share. null when no class is flagged. Cost O(classes).
 */
export function strongestFlaggedClass(classes: readonly ClassShare[]): ClassShare | null {
  let best: ClassShare | null = null;
  for (const c of classes) {
    if (!c.flagged) continue;
    if (
      best === null ||
      c.adjustedPValue < best.adjustedPValue ||
      (c.adjustedPValue === best.adjustedPValue && logRatio(c) > logRatio(best))
    ) {
      best = c;
    }
  }
  return best;
}

/**
 * The classes that moved (classes.ts `moved`), largest change of share first; ties go to the smaller
 * adjusted p, then keep the column's class order. Cost O(classes log classes).
 */
export function movedClasses(classes: readonly ClassShare[]): ClassShare[] {
  const change = (c: ClassShare) => Math.abs(c.candidateShare - c.referenceShare);
  return classes
    .filter((c) => c.moved)
    .sort((a, b) => change(b) - change(a) || a.adjustedPValue - b.adjustedPValue);
}

/** |log(candidateShare / referenceShare)|, Infinity when one share is 0. */
function logRatio(c: ClassShare): number {
  if (c.referenceShare === 0 || c.candidateShare === 0) return Number.POSITIVE_INFINITY;
  return Math.abs(Math.log(c.candidateShare / c.referenceShare));
}

function missingShareDecision(missing: RuleMissingShare): MissingShareDecision {
  const significant = criterion(missing).passed;
  const largeEnough = isPastThreshold(
    'distance',
    Math.abs(missing.candidate - missing.reference),
    missing.minChange,
  );
  return {
    reference: missing.reference,
    candidate: missing.candidate,
    adjustedPValue: missing.adjustedPValue,
    significant,
    minChange: missing.minChange,
    drift: significant && largeEnough,
  };
}

/** Decide one column from its corrected scores. */
export function decideColumn(input: ColumnRuleInput): ColumnDecision {
  const criteria = input.scores.map(criterion);
  let values: ValueDecision | null = null;
  const [main, effect] = criteria;
  if (main && input.mode === 'auto' && effect) {
    values = { rule: 'auto', significance: main, effect, drift: main.passed && effect.passed };
  } else if (main) {
    values = { rule: 'named', score: main, drift: main.passed };
  }
  const classes = input.mode === 'auto' && input.classes ? input.classes : null;
  const rareClass = classes ? strongestFlaggedClass(classes) : null;
  const missingShare = input.missingShare ? missingShareDecision(input.missingShare) : null;
  const fired: DriftCriterion[] = [];
  if (values?.drift) fired.push('values');
  if (rareClass) fired.push('rare-class');
  if (missingShare?.drift) fired.push('missing-share');
  const drift = fired.length > 0;
  const significantButSmall =
    (values?.rule === 'auto' && values.significance.passed && !values.effect.passed) ||
    (missingShare?.significant === true && !missingShare.drift);
  return {
    drift,
    outcome: drift ? 'fail' : significantButSmall ? 'warn' : 'pass',
    fired,
    passed: criteria.map((c) => c.passed),
    values,
    rareClass,
    movedClasses: classes ? movedClasses(classes) : [],
    missingShare,
  };
}
