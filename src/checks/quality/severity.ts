/**
 * The one place a data-quality finding's severity is overridden: a column's own
 * `quality-severity` wins over the global `quality-severity`, which wins over the check's default
 * (registry.ts); `off` drops the finding. O(findings).
 */
import type { QualityFinding } from '../../report/model.js';
import type { QualitySeverityPlan } from '../plan.js';

export function withConfiguredSeverity(
  findings: readonly QualityFinding[],
  severities: QualitySeverityPlan,
): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const finding of findings) {
    const own = finding.column === null ? undefined : severities.perColumn[finding.column];
    const choice = own?.[finding.check] ?? severities.global[finding.check];
    if (choice === 'off') continue;
    out.push(choice ? { ...finding, severity: choice } : finding);
  }
  return out;
}
