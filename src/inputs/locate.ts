/**
 * Locating the reference and candidate: a data file, a folder (of images) or a glob pattern (of
 * image files), resolved against the root (the workspace in the action, the current folder in the
 * CLI). In the action everything is confined to the workspace by real path, glob matches included,
 * before anything is read.
 */
import { realpathSync, statSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import path from 'node:path';
import { UserInputError } from '../errors.js';
import { resolveInWorkspace } from './workspace.js';

export interface LocateContext {
  /** Folder relative paths are resolved against. */
  readonly root: string;
  /** Reject absolute paths and paths (or matches) outside `root`, symlinks followed. */
  readonly confineToRoot: boolean;
}

export interface LocatedInput {
  /** The path as the user gave it (for messages and the report). */
  readonly label: string;
  readonly absolute: string;
}

/** A path with glob characters (`*`, `?`, `[`) names a set of files. */
export function isPattern(userPath: string): boolean {
  return /[*?[]/.test(userPath);
}

/** Resolves the reference or candidate path; a UserInputError when it is missing or (confined) outside the root. */
export function locateInput(userPath: string | null, what: string, context: LocateContext): LocatedInput {
  if (!userPath) throw new UserInputError(`'${what}' is required: the path of the ${what} dataset`);
  const absolute = context.confineToRoot
    ? resolveInWorkspace(userPath, context.root, what)
    : path.resolve(context.root, userPath);
  return { label: userPath, absolute };
}

/** Whether `absolute` is an existing folder (a folder of images rather than a data file). */
export function isFolder(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/**
 * The files matching a glob pattern under `root` (Node's fs.glob), as paths relative to `root` with
 * `/`, sorted. Confined: the pattern may not be absolute, contain `..` or braces (`{/tmp,x}/*.png`
 * expands to an absolute path), and every match must lie inside the root's real path after
 * following symlinks (a folder linked to /etc is outside); any match outside rejects the whole
 * pattern before a file is read. One stat and one realpath per match.
 */
export async function expandPattern(
  pattern: string,
  what: string,
  context: LocateContext,
): Promise<string[]> {
  const { root, confineToRoot } = context;
  if (confineToRoot) {
    if (path.isAbsolute(pattern) || path.win32.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
      throw new UserInputError(
        `'${what}' pattern ${pattern} must stay inside the workspace (no absolute path, no '..')`,
      );
    }
    if (/[{}]/.test(pattern) || pattern.includes('\0')) {
      throw new UserInputError(
        `'${what}' pattern ${JSON.stringify(pattern)} uses braces; list the folders as separate patterns or use a folder instead (braces can expand to paths outside the workspace)`,
      );
    }
  }
  const realRoot = confineToRoot ? realpathSync(path.resolve(root)) : '';
  const files: string[] = [];
  for await (const entry of glob(pattern, { cwd: root, withFileTypes: true })) {
    // symlinks themselves are not files here (lstat): they are never read
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    if (confineToRoot) {
      let real: string;
      try {
        real = realpathSync(absolute);
      } catch {
        continue;
      }
      if (!isInside(path.resolve(absolute), path.resolve(root)) || !isInside(real, realRoot)) {
        throw new UserInputError(
          `'${what}' pattern ${JSON.stringify(pattern)} matches ${JSON.stringify(path.relative(root, absolute))}, which is outside the workspace (or reached through a symbolic link out of it)`,
        );
      }
    }
    files.push(path.relative(root, absolute).split(path.sep).join('/'));
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
