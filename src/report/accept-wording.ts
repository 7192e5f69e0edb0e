/**
 * The sentences of accepted drift (src/checks/accept.ts decides, these word it): what an entry
 * accepts, what it covered, why an entry went unused, and the verdict's reasons about acceptance.
 * Kept beside wording.ts so the verdict's own wording stays in one place. Pure.
 */

/** What an acceptance names, as the verdict reasons and the Accepted section say it. */
export interface AcceptedWhat {
  readonly column: string | null;
  readonly check: string | null;
}

/** `column 'price'`, `check 'multivariate'`, or `everything that failed` (the label). */
export function acceptedWhatText(what: AcceptedWhat): string {
  if (what.column !== null) return `column '${what.column}'`;
  if (what.check !== null) return `check '${what.check}'`;
  return 'everything that failed';
}

/** The reason the accept label gives: `pull request labelled 'drift-accepted'`. */
export function labelReasonText(label: string): string {
  return `pull request labelled '${label}'`;
}

/** A drifted column an acceptance covered: `Column 'price' drifted: significant (...)`. */
export function coveredColumnText(column: string, explanation: string): string {
  return `Column '${column}' drifted: ${explanation.replace(/^Drift: /, '')}`;
}

/** Why an entry matched nothing, e.g. `column 'price' did not drift in this run`. */
export function unusedNoteText(
  cause: 'no-such-column' | 'no-drift' | 'no-quality-error' | 'check-passed' | 'nothing-failed',
  what: AcceptedWhat,
): string {
  const named = acceptedWhatText(what);
  switch (cause) {
    case 'no-such-column':
      return `${named} is not compared in this run (not in the data, or ignored)`;
    case 'no-drift':
      return `${named} did not drift in this run`;
    case 'no-quality-error':
      return `${named} found no data-quality error in this run`;
    case 'check-passed':
      return `${named} found nothing in this run`;
    case 'nothing-failed':
      return 'nothing failed in this run that the accept entries did not already cover';
  }
}

/**
 * The verdict reason naming what was accepted, entries with the same means and reason together:
 * `Accepted drift, so the run passes: column 'a', column 'b' (config: new market); check
 * 'multivariate' (config: ...)`, or `... (other failures remain)` when the run still fails.
 */
export function acceptedReasonText(
  items: readonly (AcceptedWhat & { by: 'config' | 'label'; reason: string })[],
  passes: boolean,
): string {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const why = item.by === 'label' ? item.reason : `config: ${item.reason}`;
    groups.set(why, [...(groups.get(why) ?? []), acceptedWhatText(item)]);
  }
  const head = passes ? 'Accepted drift, so the run passes' : 'Accepted drift (other failures remain)';
  return `${head}: ${[...groups].map(([why, whats]) => `${whats.join(', ')} (${why})`).join('; ')}`;
}

/** The verdict reason of an expired entry: it does not apply and fails the run. */
export function expiredReasonText(entry: AcceptedWhat & { reason: string; until: string }): string {
  return `Acceptance of ${acceptedWhatText(entry)} expired after ${entry.until} (reason: ${entry.reason}): renew its 'until' or remove the entry from 'accept'`;
}

/** An expired entry in the Accepted section: `expired after 2026-01-31`. */
export function expiredNoteText(until: string): string {
  return `expired after ${until}: it no longer applies, and the run fails until it is renewed or removed`;
}
