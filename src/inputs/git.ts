import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserInputError } from '../errors.js';

/** What the messages tell users a revision may look like. */
const ACCEPTED_FORM =
  'a commit sha (e.g. 3f2c1ab), a branch or tag name (e.g. main, origin/main, v1.2.0, refs/heads/main), ' +
  'optionally followed by ~N or ^N (e.g. HEAD~1)';

/** A ref name (letters, digits, and . _ / + @ -, not starting with - or .) plus optional ~N / ^N suffixes. */
const REVISION_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._/+@-]*(?:[~^][0-9]*)*$/;

/**
 * Whether `rev` fits drift-gate's conservative revision grammar: hex shas, ref names such as `main`,
 * `origin/main`, `v1.2.0` or `refs/heads/x`, optionally followed by `~N` / `^N` (`HEAD~2`, `HEAD^1`).
 * Rejects anything Git could read as an option (leading `-`), ranges (`..`), `rev:path` syntax,
 * reflog syntax (`@{`), whitespace and control characters.
 */
export function isValidRevision(rev: string): boolean {
  if (typeof rev !== 'string' || rev.length === 0 || rev.length > 255) return false;
  if (rev.startsWith('-')) return false;
  if (!REVISION_PATTERN.test(rev)) return false;
  if (rev.includes('..') || rev.includes('//') || rev.includes('@{')) return false;
  const name = rev.replace(/(?:[~^][0-9]*)+$/, '');
  if (name.endsWith('/') || name.endsWith('.') || name.endsWith('.lock')) return false;
  for (const component of name.split('/')) {
    if (component.startsWith('.') || component.endsWith('.lock')) return false;
  }
  return true;
}

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git with an argument array (never through a shell) and collects all of stdout, however large. */
function runGit(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new UserInputError(
            'git is not installed or not on PATH: drift-gate needs git to read a file at a revision. ' +
              'Install git on the runner (it is preinstalled on GitHub-hosted runners), or give the reference as a file path instead of a revision.',
          ),
        );
      } else {
        reject(error);
      }
    });
    child.on('close', (code) => {
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8').trim(),
      });
    });
  });
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? '';
}

/** Checks that `cwd` is inside a Git work tree, turning the usual failures into clear messages. */
async function ensureRepository(cwd: string): Promise<void> {
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new UserInputError(`the directory ${cwd} does not exist, so no file can be read from git there.`);
  }
  const result = await runGit(cwd, ['rev-parse', '--is-inside-work-tree']);
  if (result.code === 0 && result.stdout.toString('utf8').trim() === 'true') return;
  if (/dubious ownership/i.test(result.stderr)) {
    throw new UserInputError(
      `git refuses to use the repository in ${cwd} because it is owned by another user ("dubious ownership"). ` +
        `Run \`git config --global --add safe.directory ${cwd}\` before drift-gate (common in container jobs).`,
    );
  }
  throw new UserInputError(
    `${cwd} is not inside a git repository, so a revision cannot be read there. ` +
      'Check out the repository first (e.g. with actions/checkout) or give the reference as a file path.',
  );
}

/** Turns a user path (relative to `cwd`, or absolute inside the repository) into a repository-root-relative path. */
async function repositoryPath(cwd: string, userPath: string): Promise<string> {
  if (userPath.length === 0 || userPath.includes('\0')) {
    throw new UserInputError(`the path ${JSON.stringify(userPath)} is not a valid file path.`);
  }
  const top = await runGit(cwd, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) {
    throw new UserInputError(
      `could not find the top of the git repository in ${cwd}: ${firstLine(top.stderr)}`,
    );
  }
  const topLevel = top.stdout.toString('utf8').trim();
  const prefix = await runGit(cwd, ['rev-parse', '--show-prefix']);
  const cwdPrefix = prefix.code === 0 ? prefix.stdout.toString('utf8').trim() : '';

  let relative: string;
  if (path.isAbsolute(userPath)) {
    relative = path.relative(topLevel, userPath);
  } else {
    relative = path.join(cwdPrefix, userPath);
  }
  relative = relative.split(path.sep).join('/');
  relative = path.posix.normalize(relative);
  if (
    relative === '.' ||
    relative === '' ||
    relative === '..' ||
    relative.startsWith('../') ||
    path.isAbsolute(relative)
  ) {
    throw new UserInputError(
      `the path ${userPath} is outside the git repository at ${topLevel}; give a path to a file inside the repository.`,
    );
  }
  return relative.replace(/\/+$/, '');
}

/**
 * A command that makes `revision` readable in a shallow clone: a full commit sha can be fetched by
 * itself (GitHub serves reachable commits); `origin/<branch>` by fetching the branch; anything else
 * (`main~1`, `HEAD^`, a short sha) needs the history: `git fetch --unshallow`. (`git fetch origin
 * main~1` is not a valid fetch.)
 */
export function shallowFetchHint(revision: string): string {
  if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(revision)) return `git fetch --depth=1 origin ${revision}`;
  const branch = /^origin\/([A-Za-z0-9._/-]+)$/.exec(revision);
  if (branch && !branch[1].includes('..')) return `git fetch origin ${branch[1]}`;
  return 'git fetch --unshallow origin';
}

/**
 * Reads the content of `path` as it was at `revision`, with Git's filters applied (so Git LFS files
 * come back as their real content, not pointers). `path` is relative to `cwd` (or absolute inside
 * the repository). Every user-caused failure is a UserInputError that says what to do.
 */
export async function readFileAtRevision(opts: {
  cwd: string;
  revision: string;
  path: string;
}): Promise<Uint8Array> {
  const { revision } = opts;
  const cwd = path.resolve(opts.cwd);
  if (!isValidRevision(revision)) {
    throw new UserInputError(
      `the revision ${JSON.stringify(revision)} is not accepted: give ${ACCEPTED_FORM}. ` +
        'Ranges (..), rev:path, reflog (@{...}), whitespace and values starting with "-" are not allowed.',
    );
  }
  await ensureRepository(cwd);

  const resolved = await runGit(cwd, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${revision}^{commit}`,
  ]);
  const sha = resolved.stdout.toString('utf8').trim();
  if (resolved.code !== 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) {
    const shallow = await runGit(cwd, ['rev-parse', '--is-shallow-repository']);
    if (shallow.code === 0 && shallow.stdout.toString('utf8').trim() === 'true') {
      throw new UserInputError(
        `the revision ${revision} is not in this shallow clone (only the latest commits were fetched). ` +
          `Use actions/checkout with \`fetch-depth: 0\`, or run \`${shallowFetchHint(revision)}\` before drift-gate.`,
      );
    }
    throw new UserInputError(
      `the revision ${revision} does not exist in the git repository at ${cwd} (or is not a commit). ` +
        'Check the spelling, and fetch it first if it is a remote branch or tag (e.g. `git fetch origin <name>`).',
    );
  }
  const shortSha = sha.slice(0, 7);
  const repoPath = await repositoryPath(cwd, opts.path);
  const object = `${sha}:${repoPath}`;
  const where = `${revision} (${shortSha})`;

  const type = await runGit(cwd, ['cat-file', '-t', object]);
  const objectType = type.stdout.toString('utf8').trim();
  if (type.code !== 0) {
    throw new UserInputError(
      `the file ${repoPath} does not exist at revision ${where}. ` +
        'Check the path (it is relative to the working directory) and that the file was committed at that revision.',
    );
  }
  if (objectType !== 'blob') {
    const kind =
      objectType === 'tree' ? 'a directory' : objectType === 'commit' ? 'a submodule' : `a ${objectType}`;
    throw new UserInputError(
      `${repoPath} is ${kind} at revision ${where}, not a file; give the path to a data file.`,
    );
  }

  const content = await runGit(cwd, ['cat-file', '--filters', object]);
  if (content.code !== 0) {
    throw new UserInputError(
      `git could not read ${repoPath} at revision ${where}: ${firstLine(content.stderr) || `exit status ${content.code}`}. ` +
        'If the file is stored with Git LFS, install git-lfs and check out with `lfs: true`.',
    );
  }
  const bytes = content.stdout;
  if (isLfsPointer(bytes)) {
    throw new UserInputError(
      `${repoPath} at revision ${where} is a Git LFS pointer, not the data: install git-lfs on the runner ` +
        '(and use actions/checkout with `lfs: true`) so git can fetch the real content.',
    );
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isLfsPointer(bytes: Buffer): boolean {
  if (bytes.length > 1024) return false;
  const text = bytes.toString('utf8');
  return (
    text.startsWith('version https://git-lfs.github.com/spec/v1') && /\noid sha256:[0-9a-f]{64}\n/.test(text)
  );
}
