/**
 * The data-quality check ids that `quality-severity` (global and per column) may name. Kept apart
 * on purpose: settings may not import src/checks/, so this list is checked against the checks'
 * own severity tables by test/settings/quality-severity.test.ts; once the engine's plan validates
 * ids against the quality-check registry, this file and its one caller in parse.ts can go.
 */
import type { Fail } from './parse.js';

/** Every data-quality check id. */
export const QUALITY_CHECKS: readonly string[] = [
  'schema',
  'type-change',
  'column-order',
  'missing-values',
  'entirely-missing',
  'new-categories',
  'vanished-categories',
  'out-of-range',
  'unit-change',
  'constant-column',
  'row-count',
  'row-count-growth',
  'duplicate-rows',
  'duplicate-keys',
  'unreadable-images',
];

/** Calls `fail` (naming the id and the known ones) unless `id` is a data-quality check id. */
export function checkQualityCheckId(id: string, fail: Fail): void {
  if (!QUALITY_CHECKS.includes(id))
    fail(`unknown data-quality check '${id}'; known: ${QUALITY_CHECKS.join(', ')}`);
}
