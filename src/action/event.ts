import { readFileSync } from 'node:fs';
import { UserInputError } from '../errors.js';

const ZERO_SHA = /^0+$/;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * The commit that `reference-ref: base` stands for: the pull request's base sha for `pull_request` and
 * `pull_request_target` events, the commit before the push for `push` events (null when the push
 * created the branch, i.e. `before` is all zeros), and null for every other event.
 */
export function resolveBaseRevision(eventName: string, eventPayload: unknown): string | null {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return nonEmptyString(field(field(field(eventPayload, 'pull_request'), 'base'), 'sha'));
    case 'push': {
      const before = nonEmptyString(field(eventPayload, 'before'));
      return before === null || ZERO_SHA.test(before) ? null : before;
    }
    default:
      return null;
  }
}

/**
 * Like resolveBaseRevision, but throws a UserInputError that says what to do when the event has no
 * base commit (another event type, or a push that created a new branch).
 */
export function requireBaseRevision(eventName: string, eventPayload: unknown): string {
  const base = resolveBaseRevision(eventName, eventPayload);
  if (base !== null) return base;
  if (eventName === 'push') {
    throw new UserInputError(
      'reference-ref: base has no base commit for this push: it created a new branch (before is all zeros). ' +
        'Give a revision instead (e.g. reference-ref: origin/main).',
    );
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    throw new UserInputError(
      `reference-ref: base could not find pull_request.base.sha in the ${eventName} event payload; give a revision instead.`,
    );
  }
  throw new UserInputError(
    `reference-ref: base needs a pull_request or push event; this run is a ${eventName || 'unknown'} event: give a revision instead (e.g. reference-ref: origin/main).`,
  );
}

/** The webhook payload of the running workflow (GITHUB_EVENT_PATH); {} when there is no such file. */
export function readEventPayload(path: string | undefined): unknown {
  if (path === undefined || path === '') return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserInputError(
      `the event payload is not valid JSON (${(error as Error).message}); check GITHUB_EVENT_PATH.`,
      { file: path },
    );
  }
}

/**
 * The pull request's label names (`pull_request.labels[].name` of a `pull_request` or
 * `pull_request_target` payload); [] for other events. The payload is the event's snapshot: a
 * label added later counts from the next run (a workflow listening to `labeled` reruns at once).
 */
export function pullRequestLabels(eventPayload: unknown): string[] {
  const labels = field(field(eventPayload, 'pull_request'), 'labels');
  if (!Array.isArray(labels)) return [];
  return labels.map((label) => nonEmptyString(field(label, 'name'))).filter((name) => name !== null);
}
