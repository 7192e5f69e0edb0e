import type { getOctokit } from '@actions/github';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TOKEN_LOGIN,
  type IssueComment,
  isAuthoredBy,
  isPermissionError,
  type ListCommentsParams,
  type OctokitLike,
  tokenLogin,
  upsertStickyComment,
} from '../../src/action/comment.js';

const MARKER = '<!-- drift-gate -->';

interface Calls {
  list: ListCommentsParams[];
  create: { issue_number: number; body: string }[];
  update: { comment_id: number; body: string }[];
}

/** A fake Octokit over an in-memory list of comments; `withPaginate` adds a paginate like Octokit's plugin. */
function fakeOctokit(
  existing: IssueComment[],
  withPaginate: boolean,
): { octokit: OctokitLike; calls: Calls } {
  const calls: Calls = { list: [], create: [], update: [] };
  const comments = [...existing];
  const listComments = async (params: ListCommentsParams) => {
    calls.list.push(params);
    const perPage = params.per_page ?? 30;
    const page = params.page ?? 1;
    return { data: comments.slice((page - 1) * perPage, page * perPage) };
  };
  const octokit: OctokitLike = {
    rest: {
      issues: {
        listComments,
        createComment: async (params) => {
          calls.create.push({ issue_number: params.issue_number, body: params.body });
          const comment = {
            id: 9999,
            body: params.body,
            html_url: 'https://github.com/o/r/pull/7#issuecomment-9999',
          };
          comments.push(comment);
          return { data: comment };
        },
        updateComment: async (params) => {
          calls.update.push({ comment_id: params.comment_id, body: params.body });
          return {
            data: {
              id: params.comment_id,
              body: params.body,
              html_url: `https://x/#issuecomment-${params.comment_id}`,
            },
          };
        },
      },
    },
  };
  if (withPaginate) {
    octokit.paginate = async (method, params) => {
      const all: IssueComment[] = [];
      for (let page = 1; ; page++) {
        const { data } = await method({ ...params, page });
        all.push(...data);
        if (data.length < (params.per_page ?? 30)) return all;
      }
    };
  }
  return { octokit, calls };
}

function manyComments(count: number): IssueComment[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    body: `comment ${i + 1}`,
    html_url: `u${i + 1}`,
  }));
}

const base = { owner: 'o', repo: 'r', issueNumber: 7, marker: MARKER, isOwn: () => true };

describe.each([
  ['with paginate', true],
  ['without paginate', false],
])('upsertStickyComment (%s)', (_label, withPaginate) => {
  it('creates a comment when none has the marker', async () => {
    const { octokit, calls } = fakeOctokit(manyComments(3), withPaginate);
    const result = await upsertStickyComment({ ...base, octokit, body: `${MARKER}\nreport` });
    expect(result).toEqual({ action: 'created', url: 'https://github.com/o/r/pull/7#issuecomment-9999' });
    expect(calls.create).toEqual([{ issue_number: 7, body: `${MARKER}\nreport` }]);
    expect(calls.update).toEqual([]);
    expect(calls.list[0]).toMatchObject({ owner: 'o', repo: 'r', issue_number: 7 });
  });

  it('updates the comment with the marker, found on a later page', async () => {
    const comments = manyComments(250);
    comments[204] = { id: 205, body: `${MARKER}\nold report`, html_url: 'u205' };
    const { octokit, calls } = fakeOctokit(comments, withPaginate);
    const result = await upsertStickyComment({ ...base, octokit, body: `${MARKER}\nnew report` });
    expect(result).toEqual({ action: 'updated', url: 'https://x/#issuecomment-205' });
    expect(calls.update).toEqual([{ comment_id: 205, body: `${MARKER}\nnew report` }]);
    expect(calls.create).toEqual([]);
    expect(calls.list.length).toBe(3);
  });

  it('adds the marker to a body that lacks it, so the next run finds it', async () => {
    const { octokit, calls } = fakeOctokit([], withPaginate);
    await upsertStickyComment({ ...base, octokit, body: 'report' });
    expect(calls.create[0].body).toBe(`${MARKER}\nreport`);
    await upsertStickyComment({ ...base, octokit, body: 'report 2' });
    expect(calls.create.length).toBe(1);
    expect(calls.update).toEqual([{ comment_id: 9999, body: `${MARKER}\nreport 2` }]);
  });

  it('prefers the comment that starts with the marker over one quoting it', async () => {
    const comments: IssueComment[] = [
      { id: 1, body: `> ${MARKER}\n> quoted report\nI disagree` },
      { id: 2, body: `${MARKER}\nreport` },
      { id: 3, body: null },
    ];
    const { octokit, calls } = fakeOctokit(comments, withPaginate);
    await upsertStickyComment({ ...base, octokit, body: `${MARKER}\nnew` });
    expect(calls.update.map((u) => u.comment_id)).toEqual([2]);
  });
});

it('refuses an empty marker', async () => {
  const { octokit } = fakeOctokit([], true);
  await expect(upsertStickyComment({ ...base, marker: ' ', octokit, body: 'x' })).rejects.toThrow(/marker/);
});

it('accepts the real Octokit from @actions/github (checked by tsc)', () => {
  const accept = (octokit: ReturnType<typeof getOctokit>): OctokitLike => octokit;
  expect(typeof accept).toBe('function');
});

describe('isPermissionError', () => {
  function httpError(status: number, message: string): Error & { status: number } {
    return Object.assign(new Error(message), { name: 'HttpError', status });
  }

  it('recognises 403 Resource not accessible by integration', () => {
    expect(isPermissionError(httpError(403, 'Resource not accessible by integration'))).toBe(true);
  });

  it('recognises a 403 and a 404 by status', () => {
    expect(isPermissionError(httpError(403, 'Forbidden'))).toBe(true);
    expect(isPermissionError(httpError(404, 'Not Found'))).toBe(true);
    expect(isPermissionError({ response: { status: 403 }, message: 'x' })).toBe(true);
  });

  it('does not treat rate limits, server errors or non-errors as permission errors', () => {
    expect(isPermissionError(httpError(403, 'API rate limit exceeded for installation'))).toBe(false);
    expect(isPermissionError(httpError(500, 'Internal Server Error'))).toBe(false);
    expect(isPermissionError(httpError(422, 'Validation Failed'))).toBe(false);
    expect(isPermissionError(new Error('network down'))).toBe(false);
    expect(isPermissionError(null)).toBe(false);
    expect(isPermissionError('403')).toBe(false);
  });
});

describe('the sticky comment cannot be hijacked (issue 10, item 5)', () => {
  const bot = { login: 'github-actions[bot]', type: 'Bot' };
  const attacker = { login: 'mallory', type: 'User' };

  it('never edits a comment by someone else that carries the marker; creates its own', async () => {
    const comments: IssueComment[] = [
      { id: 1, body: `${MARKER}\nAll checks passed, merge away`, user: attacker },
      { id: 2, body: 'looks good', user: bot },
    ];
    const { octokit, calls } = fakeOctokit(comments, true);
    const isOwn = (comment: IssueComment) => isAuthoredBy(comment, DEFAULT_TOKEN_LOGIN);
    const result = await upsertStickyComment({ ...base, octokit, body: `${MARKER}\nreport`, isOwn });
    expect(result.action).toBe('created');
    expect(calls.update).toEqual([]);
  });

  it('edits its own marked comment, written after the attacker one', async () => {
    const comments: IssueComment[] = [
      { id: 1, body: `${MARKER}\nfake`, user: attacker },
      { id: 5, body: `${MARKER}\nold`, user: bot },
    ];
    const { octokit, calls } = fakeOctokit(comments, false);
    const isOwn = (comment: IssueComment) => isAuthoredBy(comment, 'github-actions');
    await upsertStickyComment({ ...base, octokit, body: `${MARKER}\nnew`, isOwn });
    expect(calls.update.map((u) => u.comment_id)).toEqual([5]);
  });

  it('matches logins: REST login, GraphQL bot name plus [bot], nothing else', () => {
    expect(isAuthoredBy({ id: 1, user: bot }, 'github-actions[bot]')).toBe(true);
    expect(isAuthoredBy({ id: 1, user: bot }, 'github-actions')).toBe(true);
    expect(
      isAuthoredBy({ id: 1, user: { login: 'github-actions[bot]', type: 'User' } }, 'github-actions'),
    ).toBe(false);
    expect(isAuthoredBy({ id: 1, user: attacker }, 'github-actions[bot]')).toBe(false);
    expect(isAuthoredBy({ id: 1, user: null }, 'github-actions[bot]')).toBe(false);
    expect(isAuthoredBy({ id: 1 }, 'github-actions[bot]')).toBe(false);
  });

  it('asks GraphQL for the token login and falls back to github-actions[bot]', async () => {
    const ok = {
      rest: fakeOctokit([], true).octokit.rest,
      graphql: async () => ({ viewer: { login: 'octo-pat' } }),
    };
    expect(await tokenLogin(ok)).toBe('octo-pat');
    const refused = {
      rest: ok.rest,
      graphql: async () => {
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
      },
    };
    expect(await tokenLogin(refused)).toBe('github-actions[bot]');
    expect(await tokenLogin({ rest: ok.rest })).toBe('github-actions[bot]');
  });
});
