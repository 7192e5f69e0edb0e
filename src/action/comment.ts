/** The fields of an issue / pull request comment that drift-gate uses. */
export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  /** The comment's author (REST: `user.login`, e.g. `github-actions[bot]`, and `user.type`, e.g. `Bot`). */
  user?: { login: string; type?: string } | null;
}

/** The REST login of the default GITHUB_TOKEN's identity, used when the token cannot ask who it is. */
export const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]';

// A type alias (not an interface) so that it fits Octokit's index-signature parameter types.
export type ListCommentsParams = {
  owner: string;
  repo: string;
  issue_number: number;
  per_page?: number;
  page?: number;
};

/**
 * The part of Octokit (as returned by `getOctokit` from `@actions/github`) that the sticky comment
 * needs, kept structural so tests can pass a fake.
 */
export interface OctokitLike {
  rest: {
    issues: {
      listComments(params: ListCommentsParams): Promise<{ data: IssueComment[] }>;
      createComment(params: {
        owner: string;
        repo: string;
        issue_number: number;
        body: string;
      }): Promise<{ data: IssueComment }>;
      updateComment(params: {
        owner: string;
        repo: string;
        comment_id: number;
        body: string;
      }): Promise<{ data: IssueComment }>;
    };
  };
  /** Octokit's GraphQL client (to ask the token's own login); when missing, the default identity is assumed. */
  graphql?(query: string): Promise<unknown>;
  /** Octokit's paginate plugin; when missing, pages are fetched one by one with `page` / `per_page`. */
  paginate?(
    method: OctokitLike['rest']['issues']['listComments'],
    params: ListCommentsParams,
  ): Promise<IssueComment[]>;
}

const PER_PAGE = 100;
/** A safety stop for the manual page loop (100 pages x 100 comments). */
const MAX_PAGES = 100;

async function listAllComments(
  octokit: OctokitLike,
  owner: string,
  repo: string,
  issueNumber: number,
): Promise<IssueComment[]> {
  const listComments = octokit.rest.issues.listComments;
  if (typeof octokit.paginate === 'function') {
    return octokit.paginate(listComments, { owner, repo, issue_number: issueNumber, per_page: PER_PAGE });
  }
  const all: IssueComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: issueNumber,
      per_page: PER_PAGE,
      page,
    });
    all.push(...data);
    if (data.length < PER_PAGE) break;
  }
  return all;
}

/**
 * The login of the token's own identity: GraphQL `viewer { login }` (one request). A GitHub App
 * (the default GITHUB_TOKEN is one) may not be allowed to ask, or answers with its bot name
 * without `[bot]`; then `DEFAULT_TOKEN_LOGIN`.
 */
export async function tokenLogin(octokit: OctokitLike): Promise<string> {
  if (typeof octokit.graphql !== 'function') return DEFAULT_TOKEN_LOGIN;
  try {
    const answer = (await octokit.graphql('query { viewer { login } }')) as { viewer?: { login?: unknown } };
    const login = answer?.viewer?.login;
    return typeof login === 'string' && login !== '' ? login : DEFAULT_TOKEN_LOGIN;
  } catch (error) {
    // a silent API is not a refusal: let the caller report the time limit
    if (/abort/i.test(`${(error as Error)?.name} ${(error as Error)?.message}`)) throw error;
    return DEFAULT_TOKEN_LOGIN;
  }
}

/**
 * Whether `comment` was written by `login`: the same REST login, or, for a bot, the GraphQL name
 * plus `[bot]` (GraphQL says `github-actions`, REST `github-actions[bot]`).
 */
export function isAuthoredBy(comment: IssueComment, login: string): boolean {
  const author = comment.user;
  if (!author || typeof author.login !== 'string') return false;
  if (author.login === login) return true;
  return author.type === 'Bot' && !login.endsWith('[bot]') && author.login === `${login}[bot]`;
}

/**
 * Creates or updates drift-gate's one comment on a pull request: lists all of the PR's comments
 * (every page), updates the one written by the token's own identity (`isOwn`) that contains the
 * hidden `marker` (e.g. `<!-- drift-gate -->`), or creates a new one. A comment by anyone else is
 * never edited, even when it carries the marker (anyone can paste it). The marker is put at the
 * top of `body` when `body` does not contain it.
 */
export async function upsertStickyComment(opts: {
  octokit: OctokitLike;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  marker: string;
  /** Whether a comment was written by the token's own identity (see `isAuthoredBy`, `tokenLogin`). */
  isOwn: (comment: IssueComment) => boolean;
}): Promise<{ action: 'created' | 'updated'; url?: string }> {
  const { octokit, owner, repo, issueNumber, marker, isOwn } = opts;
  if (marker.trim() === '') throw new Error('upsertStickyComment: the marker must not be empty');
  const body = opts.body.includes(marker) ? opts.body : `${marker}\n${opts.body}`;

  const comments = await listAllComments(octokit, owner, repo, issueNumber);
  const withMarker = comments.filter(
    (comment) => typeof comment.body === 'string' && comment.body.includes(marker) && isOwn(comment),
  );
  // A comment that starts with the marker is ours; one that merely contains it may be a quote in a reply.
  const existing =
    withMarker.find((comment) => (comment.body ?? '').trimStart().startsWith(marker)) ?? withMarker[0];

  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: 'updated', url: data?.html_url ?? existing.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', url: data?.html_url };
}

function numberField(value: unknown, key: string): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = (value as Record<string, unknown>)[key];
  return typeof raw === 'number'
    ? raw
    : typeof raw === 'string' && /^\d+$/.test(raw)
      ? Number(raw)
      : undefined;
}

/**
 * Whether `err` is GitHub refusing the token access (HTTP 403 or 404, e.g. "Resource not accessible
 * by integration" on pull requests from forks, where GITHUB_TOKEN is read-only), so the caller can
 * downgrade the failed comment to a warning. Rate limiting (also a 403) is not a permission error.
 */
export function isPermissionError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const message = typeof (err as { message?: unknown }).message === 'string' ? (err as Error).message : '';
  if (/resource not accessible by (integration|personal access token)/i.test(message)) return true;
  const status =
    numberField(err, 'status') ?? numberField((err as { response?: unknown }).response, 'status');
  if (status === 403) return !/rate limit/i.test(message);
  return status === 404;
}
