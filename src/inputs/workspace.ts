import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserInputError } from '../errors.js';

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** The real path of `target`, following symlinks of its nearest existing ancestor when it does not exist yet. */
function realPathOf(target: string): string {
  let existing = target;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) return target;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  return path.join(realpathSync(existing), ...rest);
}

/**
 * Resolves a user-given path (an action input such as `reference`) against the workspace and returns
 * it as an absolute path. Rejects empty paths, absolute paths, and paths that leave the workspace,
 * whether through `..` or through a symlink pointing outside it. `what` names the input in messages.
 */
export function resolveInWorkspace(userPath: string, workspace: string, what: string): string {
  if (typeof userPath !== 'string' || userPath.trim() === '') {
    throw new UserInputError(
      `${what} is empty: give a path relative to the repository (e.g. data/train.csv).`,
    );
  }
  if (userPath.includes('\0')) {
    throw new UserInputError(
      `${what} ${JSON.stringify(userPath)} contains a NUL character; give a plain file path.`,
    );
  }
  if (path.isAbsolute(userPath) || path.win32.isAbsolute(userPath)) {
    throw new UserInputError(
      `${what} ${JSON.stringify(userPath)} is an absolute path; give a path relative to the repository (e.g. data/train.csv).`,
    );
  }
  const workspaceAbs = path.resolve(workspace);
  const resolved = path.resolve(workspaceAbs, userPath);
  if (!isInside(resolved, workspaceAbs)) {
    throw new UserInputError(
      `${what} ${JSON.stringify(userPath)} points outside the workspace (${workspaceAbs}); give a path to a file inside the repository.`,
    );
  }
  const realWorkspace = realPathOf(workspaceAbs);
  const realTarget = realPathOf(resolved);
  if (!isInside(realTarget, realWorkspace)) {
    throw new UserInputError(
      `${what} ${JSON.stringify(userPath)} is (or goes through) a symbolic link to ${realTarget}, outside the workspace; ` +
        'give a path to a file inside the repository.',
    );
  }
  return resolved;
}

/** `absPath` relative to the workspace with `/` separators, for messages and annotations (absolute if outside). */
export function workspaceRelative(absPath: string, workspace: string): string {
  const workspaceAbs = path.resolve(workspace);
  const target = path.resolve(workspaceAbs, absPath);
  if (!isInside(target, workspaceAbs)) return target;
  const rel = path.relative(workspaceAbs, target);
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}

/**
 * Resolves the path of a file the action writes (e.g. `report-json`): relative paths against the
 * workspace; the result (after following every symlink of its nearest existing ancestor, and of the
 * file itself if it exists) must lie inside one of `roots` (the workspace and RUNNER_TEMP), and must
 * not be an existing folder. `what` names the setting in messages.
 */
export function resolveOutputPath(
  userPath: string,
  workspace: string,
  roots: readonly string[],
  what: string,
): string {
  if (typeof userPath !== 'string' || userPath.trim() === '' || userPath.includes('\0')) {
    throw new UserInputError(`${what} ${JSON.stringify(userPath)} is not a file path.`);
  }
  const resolved = path.resolve(workspace, userPath);
  const realRoots = roots.filter((root) => root !== '').map((root) => realPathOf(path.resolve(root)));
  const lexicallyInside = roots.some((root) => root !== '' && isInside(resolved, path.resolve(root)));
  const realTarget = realPathOf(resolved);
  if (!lexicallyInside || !realRoots.some((root) => isInside(realTarget, root))) {
    throw new UserInputError(
      `${what} ${JSON.stringify(userPath)} is outside the workspace and RUNNER_TEMP (or goes through a symbolic link out of them); ` +
        'give a path inside the repository, e.g. reports/drift.json.',
    );
  }
  if (existsSync(resolved) && statSync(resolved).isDirectory()) {
    throw new UserInputError(
      `${what} ${JSON.stringify(userPath)} is a folder; give the path of a file (e.g. reports/drift.json).`,
    );
  }
  return resolved;
}
