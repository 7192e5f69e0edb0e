import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserInputError } from '../../src/errors.js';
import { isValidRevision, readFileAtRevision, shallowFetchHint } from '../../src/inputs/git.js';

const OLD_CSV = 'id,value\n1,10\n2,20\n';
const NEW_CSV = 'id,value\n1,11\n2,21\n3,31\n';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
  }).trim();
}

function commit(cwd: string, message: string): void {
  git(cwd, '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message);
}

async function userError(promise: Promise<unknown>): Promise<UserInputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserInputError);
    return error as UserInputError;
  }
  throw new Error('expected a UserInputError, but the call succeeded');
}

let root: string;
let repo: string;
let oldSha: string;
let newSha: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'drift-gate-git-'));
  repo = path.join(root, 'repo');
  mkdirSync(path.join(repo, 'data'), { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'config', 'user.name', 'Test User');
  git(repo, 'config', 'user.email', 'test@example.com');
  writeFileSync(path.join(repo, 'data', 'train.csv'), OLD_CSV);
  git(repo, 'add', 'data/train.csv');
  commit(repo, 'first');
  oldSha = git(repo, 'rev-parse', 'HEAD');
  writeFileSync(path.join(repo, 'data', 'train.csv'), NEW_CSV);
  git(repo, 'add', 'data/train.csv');
  commit(repo, 'second');
  newSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'tag', 'v1.2.0', oldSha);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('isValidRevision', () => {
  it.each([
    'main',
    'origin/main',
    'HEAD',
    'HEAD^1',
    'HEAD~2',
    'HEAD^^',
    'v1.2.0',
    'refs/heads/x',
    'feature/my-branch_2',
    '3f2c1ab',
    'a'.repeat(40),
  ])('accepts %s', (rev) => {
    expect(isValidRevision(rev)).toBe(true);
  });

  it.each([
    '',
    '--output=/tmp/x',
    '-n',
    'main..feature',
    'main...feature',
    'HEAD:data/train.csv',
    'HEAD@{1}',
    '@{upstream}',
    'main feature',
    'main\n',
    'ma\tin',
    'ma\u0001in',
    '.hidden',
    'refs/heads/.x',
    'main.lock',
    'main/',
    'a//b',
    'HEAD^{tree}',
    ':/message',
    'main;rm -rf /',
    '$(touch x)',
  ])('rejects %j', (rev) => {
    expect(isValidRevision(rev)).toBe(false);
  });
});

describe('readFileAtRevision', () => {
  it('reads the file at HEAD~1 and HEAD, byte for byte', async () => {
    const older = await readFileAtRevision({ cwd: repo, revision: 'HEAD~1', path: 'data/train.csv' });
    const newer = await readFileAtRevision({ cwd: repo, revision: 'HEAD', path: 'data/train.csv' });
    expect(older).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(older).equals(Buffer.from(OLD_CSV))).toBe(true);
    expect(Buffer.from(newer).equals(Buffer.from(NEW_CSV))).toBe(true);
  });

  it('accepts full shas, tags and HEAD^1', async () => {
    const bySha = await readFileAtRevision({ cwd: repo, revision: oldSha, path: 'data/train.csv' });
    const byTag = await readFileAtRevision({ cwd: repo, revision: 'v1.2.0', path: 'data/train.csv' });
    const byCaret = await readFileAtRevision({ cwd: repo, revision: 'HEAD^1', path: 'data/train.csv' });
    expect(Buffer.from(bySha).toString()).toBe(OLD_CSV);
    expect(Buffer.from(byTag).toString()).toBe(OLD_CSV);
    expect(Buffer.from(byCaret).toString()).toBe(OLD_CSV);
  });

  it('takes the path relative to cwd when cwd is a subdirectory', async () => {
    const bytes = await readFileAtRevision({
      cwd: path.join(repo, 'data'),
      revision: 'HEAD',
      path: 'train.csv',
    });
    expect(Buffer.from(bytes).toString()).toBe(NEW_CSV);
  });

  it('applies git filters (as Git LFS needs) when reading content', async () => {
    const filtered = path.join(root, 'filtered');
    mkdirSync(filtered);
    git(filtered, 'init', '-q');
    git(filtered, 'config', 'user.name', 'Test User');
    git(filtered, 'config', 'user.email', 'test@example.com');
    git(filtered, 'config', 'filter.upper.smudge', 'tr a-z A-Z');
    git(filtered, 'config', 'filter.upper.clean', 'cat');
    writeFileSync(path.join(filtered, '.gitattributes'), '*.csv filter=upper\n');
    writeFileSync(path.join(filtered, 'x.csv'), 'name\nabc\n');
    git(filtered, 'add', '.gitattributes', 'x.csv');
    commit(filtered, 'filtered');
    const bytes = await readFileAtRevision({ cwd: filtered, revision: 'HEAD', path: 'x.csv' });
    expect(Buffer.from(bytes).toString()).toBe('NAME\nABC\n');
  });

  it('names both the path and the revision when the path is missing at that revision', async () => {
    const error = await userError(
      readFileAtRevision({ cwd: repo, revision: 'HEAD~1', path: 'data/missing.csv' }),
    );
    expect(error.message).toContain('data/missing.csv');
    expect(error.message).toContain('HEAD~1');
    expect(error.message).toContain(oldSha.slice(0, 7));
  });

  it('says when the path is a directory', async () => {
    const error = await userError(readFileAtRevision({ cwd: repo, revision: 'HEAD', path: 'data' }));
    expect(error.message).toMatch(/directory/);
  });

  it('rejects paths outside the repository', async () => {
    const error = await userError(
      readFileAtRevision({ cwd: repo, revision: 'HEAD', path: '../outside.csv' }),
    );
    expect(error.message).toMatch(/outside the git repository/);
  });

  it('rejects option-like revisions before running git, and writes no file', async () => {
    const target = path.join(root, 'x');
    const tmpXExisted = existsSync('/tmp/x');
    for (const revision of [`--output=${target}`, '--output=/tmp/x']) {
      const error = await userError(readFileAtRevision({ cwd: repo, revision, path: 'data/train.csv' }));
      expect(error.message).toContain(JSON.stringify(revision));
      expect(error.message).toMatch(/commit sha/);
    }
    expect(existsSync(target)).toBe(false);
    expect(existsSync('/tmp/x')).toBe(tmpXExisted);
  });

  it('says that an unknown revision does not exist', async () => {
    const error = await userError(
      readFileAtRevision({ cwd: repo, revision: 'no-such-branch', path: 'data/train.csv' }),
    );
    expect(error.message).toContain('no-such-branch');
    expect(error.message).toMatch(/does not exist/);
    const bySha = await userError(
      readFileAtRevision({ cwd: repo, revision: 'f'.repeat(40), path: 'data/train.csv' }),
    );
    expect(bySha.message).toMatch(/does not exist/);
  });

  it('points to fetch-depth: 0 when the commit is missing from a shallow clone', async () => {
    const shallow = path.join(root, 'shallow');
    git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    expect(git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const current = await readFileAtRevision({ cwd: shallow, revision: newSha, path: 'data/train.csv' });
    expect(Buffer.from(current).toString()).toBe(NEW_CSV);
    const error = await userError(
      readFileAtRevision({ cwd: shallow, revision: oldSha, path: 'data/train.csv' }),
    );
    expect(error.message).toContain('fetch-depth: 0');
    expect(error.message).toContain('shallow');
    expect(error.message).toContain(`git fetch --depth=1 origin ${oldSha}`);
  });

  it('gives fetch commands that work in a shallow clone (issue 10, item 12: not `git fetch origin main~1`)', async () => {
    expect(shallowFetchHint('main~1')).toBe('git fetch --unshallow origin');
    expect(shallowFetchHint('abc1234')).toBe('git fetch --unshallow origin');
    expect(shallowFetchHint('origin/main')).toBe('git fetch origin main');
    const shallow = path.join(root, 'shallow-relative');
    git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const error = await userError(
      readFileAtRevision({ cwd: shallow, revision: 'HEAD~1', path: 'data/train.csv' }),
    );
    const command = /run `([^`]+)`/.exec(error.message)?.[1] ?? '';
    expect(command).toBe('git fetch --unshallow origin');
    git(shallow, ...command.split(' ').slice(1));
    const old = await readFileAtRevision({ cwd: shallow, revision: 'HEAD~1', path: 'data/train.csv' });
    expect(old.length).toBeGreaterThan(0);
    // the sha hint works too
    const bySha = path.join(root, 'shallow-sha');
    git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, bySha);
    git(bySha, ...shallowFetchHint(oldSha).split(' ').slice(1));
    expect(
      (await readFileAtRevision({ cwd: bySha, revision: oldSha, path: 'data/train.csv' })).length,
    ).toBeGreaterThan(0);
  });

  it('says when cwd is not a git repository', async () => {
    const plain = path.join(root, 'plain');
    mkdirSync(plain);
    const error = await userError(readFileAtRevision({ cwd: plain, revision: 'HEAD', path: 'x.csv' }));
    expect(error.message).toMatch(/not inside a git repository/);
  });

  it('says when cwd does not exist', async () => {
    const error = await userError(
      readFileAtRevision({ cwd: path.join(root, 'nope'), revision: 'HEAD', path: 'x.csv' }),
    );
    expect(error.message).toMatch(/does not exist/);
  });

  it('says when git is not installed', async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = path.join(root, 'empty-bin');
    try {
      const error = await userError(
        readFileAtRevision({ cwd: repo, revision: 'HEAD', path: 'data/train.csv' }),
      );
      expect(error.message).toMatch(/git is not installed/);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});
