/**
 * One data-quality finding as the report holds it: the check's default severity from the registry
 * (severity.ts applies `quality-severity` later, in one place) and the numbers behind the message
 * made JSON-safe. Used by every check that makes findings (quality.ts, rows, unreadable images).
 */
import type { QualityFinding, Severity } from '../../report/model.js';
import type { FindingValues } from './context.js';
import { QUALITY_CHECKS, type QualityCheckId } from './registry.js';

/** The values with every non-finite number made null (JSON has no NaN or Infinity); order kept. O(keys). */
export function findingValues(values: FindingValues): FindingValues {
  const clean: FindingValues = {};
  for (const [key, value] of Object.entries(values)) {
    clean[key] = typeof value === 'number' && !Number.isFinite(value) ? null : value;
  }
  return clean;
}

/** A finding of `check` at its default severity, or at the severity the check graded it. */
export function qualityFinding(
  check: QualityCheckId,
  column: string | null,
  message: string,
  values: FindingValues,
  severity: Severity = QUALITY_CHECKS[check].defaultSeverity,
): QualityFinding {
  return {
    check,
    column,
    severity,
    message,
    values: findingValues(values),
  };
}
