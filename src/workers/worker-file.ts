/**
 * Finds a built worker entry (dist/parse-worker.js, dist/compare-worker.js) next to the running
 * bundle. Running from sources (e.g. under vitest) there is none, and callers work in-thread.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Which worker file to use instead of the built one next to the bundle: a path, or `off` to work
 * in this thread. Absent: the built one when it exists. The adapters read them from the
 * environment (`workerOverrides`); the core only receives them.
 */
export interface WorkerOverrides {
  /** The parse worker (data/load.ts); environment variable DRIFT_GATE_PARSE_WORKER. */
  readonly parse?: string;
  /** The compare worker (engine/joint.ts); environment variable DRIFT_GATE_COMPARE_WORKER. */
  readonly compare?: string;
}

/** The overrides an adapter finds in `env` (the adapter passes its own environment). */
export function workerOverrides(env: Readonly<Record<string, string | undefined>>): WorkerOverrides {
  return { parse: env.DRIFT_GATE_PARSE_WORKER, compare: env.DRIFT_GATE_COMPARE_WORKER };
}

/**
 * The built worker `name` (without `.js`) next to this module, or null. `override` wins: a path
 * to use (null when it does not exist), or `off`.
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
