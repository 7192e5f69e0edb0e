/**
 * Accepted drift, applied after the verdict is decided (verdict.ts) and in this one place: the
 * `accept` entries (columns or checks, each with a reason and an optional `until` date) and the
 * pull-request label (`accept-label`), which covers everything still failing. A failure that is
 * covered becomes an accepted item; when nothing uncovered fails, the verdict becomes `warn` (the run passes, visibly). Nothing
 * is accepted silently: every entry is listed (applied, unused or expired), and an expired entry
 * does not apply and fails the run. Pure; cost O(entries x failures).
 */
import { UserInputError } from '../errors.js';
import {
  acceptedReasonText,
  coveredColumnText,
  expiredNoteText,
  expiredReasonText,
  labelReasonText,
  unusedNoteText,
} from '../report/accept-wording.js';
import type { VerdictReason } from '../report/decisions.js';
import type { AcceptedItem, ColumnReport, DatasetSummary, QualityFinding, Verdict } from '../report/model.js';
import type { Acceptance } from '../settings/options-accept.js';
import type { FailOn } from '../settings/settings.js';
import { QUALITY_CHECK_IDS } from './quality/registry.js';

/** The checks an `accept` entry may name besides the data-quality check ids. */
export const ACCEPTABLE_CHECKS = ['target', 'performance', 'critical', 'multivariate', 'images'] as const;

/** Throws a UserInputError naming the entry when an `accept` entry names an unknown check. */
export function checkAcceptances(entries: readonly Acceptance[]): void {
  const known: readonly string[] = [...ACCEPTABLE_CHECKS, ...QUALITY_CHECK_IDS];
  entries.forEach((entry, index) => {
    if (entry.check !== null && !known.includes(entry.check)) {
      throw new UserInputError(
        `accept[${index}]: unknown check '${entry.check}'; known checks: ${known.join(', ')}`,
      );
    }
  });
}

/** Everything the acceptance needs from one decided comparison. */
export interface AcceptanceInput {
  readonly verdict: Verdict;
  /** The verdict's reasons as data, and the same reasons in words (same order). */
  readonly reasons: readonly VerdictReason[];
  readonly reasonTexts: readonly string[];
  readonly failOn: FailOn;
  readonly dataset: DatasetSummary;
  readonly columns: readonly ColumnReport[];
  readonly quality: readonly QualityFinding[];
  readonly accept: readonly Acceptance[];
  /** The accept label when the pull request carries it, else null. */
  readonly label: string | null;
  /** The report's date, YYYY-MM-DD (UTC): entries whose `until` lies before it have expired. */
  readonly today: string;
}

export interface AcceptanceResult {
  readonly verdict: Verdict;
  /** Reasons to append to the verdict's: what was accepted, and each expired entry. */
  readonly reasons: string[];
  /** Every entry, and the label when the pull request carries it; empty when there are neither. */
  readonly accepted: AcceptedItem[];
}

/** One finding an acceptance can cover: a drifted column, a failing check, a data-quality error. */
interface Failure {
  readonly reason: number;
  readonly kind: 'column' | 'check' | 'quality';
  readonly column: string | null;
  readonly check: string | null;
  readonly text: string;
}

/** The findings behind each verdict reason (whether or not the reason fails the run). */
function failures(input: AcceptanceInput): Failure[] {
  const out: Failure[] = [];
  const byName = new Map(input.columns.map((c) => [c.name, c]));
  for (const [index, reason] of input.reasons.entries()) {
    const text = input.reasonTexts[index] ?? '';
    const add = (kind: Failure['kind'], column: string | null, check: string | null, what: string): void => {
      out.push({ reason: index, kind, column, check, text: what });
    };
    if (reason.kind === 'dataset-drift' || reason.kind === 'column-drift' || reason.kind === 'never-fails') {
      for (const name of input.dataset.driftedColumns)
        add('column', name, null, coveredColumnText(name, byName.get(name)?.explanation ?? ''));
    } else if (reason.kind === 'target-drift') add('column', reason.target, 'target', text);
    else if (reason.kind === 'performance-dropped') add('check', null, 'performance', text);
    else if (reason.kind === 'critical-rows') add('check', null, 'critical', text);
    else if (reason.kind === 'joint-drift') add('check', null, reason.check, text);
    else if (reason.kind === 'quality-errors') {
      for (const finding of input.quality)
        if (finding.severity === 'error') add('quality', finding.column, finding.check, finding.message);
    }
  }
  return out;
}

/** Whether an entry covers a finding: a column its drift (feature or target), a check its failure. */
function covers(entry: Acceptance, failure: Failure): boolean {
  if (entry.column !== null) return failure.kind === 'column' && failure.column === entry.column;
  return failure.check === entry.check;
}

/**
 * Whether a reason fails the run as decided (verdict.ts), before acceptance: the same rules as
 * decideVerdict, read back from the reason's data (`fail-on: never` fails nothing, `warning` fails
 * every warning too).
 */
function failsAsDecided(reason: VerdictReason, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const strict = failOn === 'warning';
  switch (reason.kind) {
    case 'dataset-drift':
      return reason.drift || (strict && reason.count.drifted > 0);
    case 'column-drift':
      return reason.drift;
    case 'never-fails':
    case 'fail-on-warning':
      return false;
    case 'target-drift':
      return reason.notGatingBecause === null || strict;
    case 'joint-drift':
      return reason.outcome === 'fail' || strict;
    case 'column-warnings':
    case 'quality-warnings':
      return strict;
    default:
      return true;
  }
}

/** Whether a failing reason still fails with `covered` accepted: the drift share is recounted without accepted columns. */
function stillFails(
  reason: VerdictReason,
  own: readonly Failure[],
  covered: ReadonlySet<Failure>,
  dataset: DatasetSummary,
): boolean {
  // a failing reason this module cannot attribute to columns or checks cannot be accepted
  if (own.length === 0) return true;
  const left = own.filter((failure) => !covered.has(failure)).length;
  if (reason.kind === 'dataset-drift')
    return dataset.comparedColumns > 0 && left / dataset.comparedColumns >= dataset.threshold;
  return left > 0;
}

/** Why an entry that covered nothing matched nothing. */
function unusedNote(entry: Acceptance, columns: readonly ColumnReport[]): string {
  if (entry.column !== null) {
    const compared = columns.some((c) => c.name === entry.column);
    return unusedNoteText(compared ? 'no-drift' : 'no-such-column', entry);
  }
  const quality = (QUALITY_CHECK_IDS as readonly string[]).includes(entry.check ?? '');
  return unusedNoteText(quality ? 'no-quality-error' : 'check-passed', entry);
}

/** Applies the entries and the label to a decided verdict (see the module comment). */
export function applyAcceptance(input: AcceptanceInput): AcceptanceResult {
  const found = failures(input);
  const covered = new Set<Failure>();
  const accepted: AcceptedItem[] = [];
  const expired: (Acceptance & { until: string })[] = [];
  for (const entry of input.accept) {
    const item = { column: entry.column, check: entry.check, by: 'config' as const, reason: entry.reason };
    if (entry.until !== null && entry.until < input.today) {
      expired.push({ ...entry, until: entry.until });
      accepted.push({
        ...item,
        until: entry.until,
        status: 'expired',
        covered: [],
        note: expiredNoteText(entry.until),
      });
      continue;
    }
    const matched = found.filter((failure) => covers(entry, failure));
    for (const failure of matched) covered.add(failure);
    accepted.push({
      ...item,
      until: entry.until,
      status: matched.length > 0 ? 'applied' : 'unused',
      covered: matched.map((failure) => failure.text),
      note: matched.length > 0 ? null : unusedNote(entry, input.columns),
    });
  }
  const failing = input.reasons
    .map((reason, index) => ({ reason, own: found.filter((failure) => failure.reason === index) }))
    .filter(({ reason }) => input.verdict === 'fail' && failsAsDecided(reason, input.failOn));
  const stillFailing = () =>
    failing.filter(({ reason, own }) => stillFails(reason, own, covered, input.dataset));
  if (input.label !== null) {
    const left = stillFailing().flatMap(({ own }) => own.filter((failure) => !covered.has(failure)));
    for (const failure of left) covered.add(failure);
    accepted.push({
      column: null,
      check: null,
      by: 'label',
      reason: labelReasonText(input.label),
      until: null,
      status: left.length > 0 ? 'applied' : 'unused',
      covered: left.map((failure) => failure.text),
      note: left.length > 0 ? null : unusedNoteText('nothing-failed', { column: null, check: null }),
    });
  }
  // A failing verdict with no failing reason known here is kept: only a covered failure passes a
  // run; a pass or warn stays as decided; an expired entry fails the run.
  const allCovered = input.verdict === 'fail' && failing.length > 0 && stillFailing().length === 0;
  const decided: Verdict = input.verdict === 'fail' ? (allCovered ? 'warn' : 'fail') : input.verdict;
  const verdict: Verdict = expired.length > 0 ? 'fail' : decided;
  const reasons: string[] = [];
  const coveredFailing = failing.some(({ own }) => own.some((failure) => covered.has(failure)));
  const applied = accepted.filter((item) => item.status === 'applied');
  if (coveredFailing) reasons.push(acceptedReasonText(applied, verdict !== 'fail'));
  for (const entry of expired) reasons.push(expiredReasonText(entry));
  return { verdict, reasons, accepted };
}

/** The accept label when the pull request carries it (labels compare without case, as GitHub's do), else null. */
export function carriedLabel(
  acceptLabel: string | null,
  labels: readonly string[] | undefined,
): string | null {
  if (acceptLabel === null || !labels) return null;
  const wanted = acceptLabel.toLowerCase();
  return labels.some((label) => label.toLowerCase() === wanted) ? acceptLabel : null;
}
