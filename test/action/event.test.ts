import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pullRequestLabels,
  readEventPayload,
  requireBaseRevision,
  resolveBaseRevision,
} from '../../src/action/event.js';
import { UserInputError } from '../../src/errors.js';

const BASE = 'a'.repeat(40);
const BEFORE = 'b'.repeat(40);

describe('resolveBaseRevision', () => {
  it('uses pull_request.base.sha for pull_request and pull_request_target', () => {
    const payload = { pull_request: { base: { sha: BASE, ref: 'main' }, head: { sha: 'c'.repeat(40) } } };
    expect(resolveBaseRevision('pull_request', payload)).toBe(BASE);
    expect(resolveBaseRevision('pull_request_target', payload)).toBe(BASE);
  });

  it('uses before for push', () => {
    expect(resolveBaseRevision('push', { before: BEFORE, after: 'c'.repeat(40) })).toBe(BEFORE);
  });

  it('is null for a push that created a branch (before is all zeros)', () => {
    expect(resolveBaseRevision('push', { before: '0'.repeat(40) })).toBeNull();
  });

  it('is null for other events and malformed payloads', () => {
    expect(resolveBaseRevision('workflow_dispatch', { before: BEFORE })).toBeNull();
    expect(resolveBaseRevision('schedule', {})).toBeNull();
    expect(resolveBaseRevision('pull_request', {})).toBeNull();
    expect(resolveBaseRevision('pull_request', { pull_request: { base: { sha: 42 } } })).toBeNull();
    expect(resolveBaseRevision('pull_request', null)).toBeNull();
    expect(resolveBaseRevision('push', 'not an object')).toBeNull();
    expect(resolveBaseRevision('push', { before: '' })).toBeNull();
  });
});

describe('requireBaseRevision', () => {
  it('returns the base when there is one', () => {
    expect(requireBaseRevision('push', { before: BEFORE })).toBe(BEFORE);
  });

  it('explains which events work when there is none', () => {
    let caught: unknown;
    try {
      requireBaseRevision('workflow_dispatch', {});
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserInputError);
    expect((caught as Error).message).toContain('reference-ref: base needs a pull_request or push event');
    expect((caught as Error).message).toContain('workflow_dispatch');
    expect((caught as Error).message).toContain('give a revision instead');
  });

  it('explains a new-branch push', () => {
    expect(() => requireBaseRevision('push', { before: '0'.repeat(40) })).toThrow(/new branch/);
  });
});

describe('readEventPayload', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'drift-gate-event-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the JSON payload', () => {
    const file = path.join(dir, 'event.json');
    writeFileSync(file, JSON.stringify({ before: BEFORE }));
    expect(readEventPayload(file)).toEqual({ before: BEFORE });
  });

  it('gives {} when there is no path or no file', () => {
    expect(readEventPayload(undefined)).toEqual({});
    expect(readEventPayload('')).toEqual({});
    expect(readEventPayload(path.join(dir, 'missing.json'))).toEqual({});
  });

  it('reports invalid JSON as a UserInputError naming the file', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{ not json');
    expect(() => readEventPayload(file)).toThrow(UserInputError);
    try {
      readEventPayload(file);
    } catch (error) {
      expect((error as UserInputError).file).toBe(file);
    }
  });
});

describe('pullRequestLabels', () => {
  it("reads the names of the pull request's labels, as GitHub sends them", () => {
    const payload = {
      action: 'labeled',
      label: { id: 2, name: 'drift-accepted' },
      pull_request: {
        number: 7,
        labels: [
          { id: 1, name: 'documentation', color: '0075ca', default: true },
          { id: 2, name: 'drift-accepted', color: 'e4e669', default: false },
        ],
      },
    };
    expect(pullRequestLabels(payload)).toEqual(['documentation', 'drift-accepted']);
  });

  it('is empty for a push, a pull request without labels and malformed entries', () => {
    expect(pullRequestLabels({ before: BEFORE })).toEqual([]);
    expect(pullRequestLabels({ pull_request: { number: 7, labels: [] } })).toEqual([]);
    expect(
      pullRequestLabels({ pull_request: { labels: [{ name: '' }, { id: 3 }, 'x', null, { name: 'ok' }] } }),
    ).toEqual(['ok']);
    expect(pullRequestLabels({})).toEqual([]);
  });
});
