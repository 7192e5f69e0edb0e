/** What the pipeline needs besides the Settings (the adapters fill it), and the per-column type overrides. */
import type { ColumnType } from '../data/table.js';
import type { Settings } from '../settings/settings.js';
import type { WorkerOverrides } from '../workers/worker-file.js';

export interface PipelineContext {
  /** Directory relative paths are resolved against (the workspace for the action, cwd for the CLI). */
  readonly root: string;
  /** Reject absolute paths and paths outside `root` (the action does; the CLI does not). */
  readonly confineToRoot: boolean;
  /** The revision to read the reference at, already resolved (e.g. `base` -> the base sha), or null. */
  readonly referenceRevision: string | null;
  /** Worker files instead of the built ones (a path, or `off`); the adapters read them from the environment. */
  readonly workers?: WorkerOverrides;
  /** The pull request's labels (the action reads them from the event payload; the CLI has none). */
  readonly labels?: readonly string[];
}

/** Per-column type overrides: `categorical-columns` first, then each column's own `type`. */
export function columnTypeOverrides(settings: Settings): Record<string, ColumnType> {
  const types: Record<string, ColumnType> = {};
  for (const name of settings.categoricalColumns) types[name] = 'categorical';
  for (const [name, own] of Object.entries(settings.columnSettings)) if (own.type) types[name] = own.type;
  return types;
}
