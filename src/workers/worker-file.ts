/**
 * Finds a built worker entry (dist/parse-worker.js, dist/compare-worker.js) next to the running
 * bundle. Running from sources (e.g. under vitest) there is none, and callers work in-thread.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built worker `name` (without `.js`) next to this module, or null. `override` (an
 * environment variable's value) wins: a path to use, or `off`.
 */
export function builtWorkerPath(name: string, override: string | undefined): string | null {
  if (override === 'off') return null;
  if (override) return existsSync(override) ? override : null;
  let here: string;
  try {
    here = path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
  // joined at run time, so the bundler does not take it for an asset to copy
  const file = path.join(here, [name, 'js'].join('.'));
  return existsSync(file) ? file : null;
}
