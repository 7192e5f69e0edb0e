/**
 * The dataset summary and the one function that decides pass or fail (DESIGN.md practice 9).
 */
import type { ColumnReport, DatasetSummary, QualityFinding, Verdict } from '../report/model.js';
import type { FailOn } from '../settings/settings.js';

/** Share of compared columns that drifted; the dataset drifts when it reaches `threshold`. */
export function summarizeDataset(columns: readonly ColumnReport[], threshold: number): DatasetSummary {
  const compared = columns.filter((c) => c.status === 'compared');
  const drifted = compared.filter((c) => c.drift).map((c) => c.name);
  const driftShare = compared.length === 0 ? 0 : drifted.length / compared.length;
  return {
    drift: compared.length > 0 && driftShare >= threshold,
    driftShare,
    driftedColumns: drifted,
    comparedColumns: compared.length,
    threshold,
  };
}

/**
 * Pass or fail, with the reasons in words. `dataset-drift` fails when the drifted share reaches
 * drift-share, `column-drift` when any column drifts; both also fail on data-quality errors
 * (the data is broken); `never` always passes (the report still says what it found).
 */
export function decideVerdict(
  dataset: DatasetSummary,
  quality: readonly QualityFinding[],
  failOn: FailOn,
): { verdict: Verdict; reasons: string[] } {
  const reasons: string[] = [];
  const share = `${dataset.driftedColumns.length} of ${dataset.comparedColumns} compared columns drifted (${percent(dataset.driftShare)})`;
  const errors = quality.filter((q) => q.severity === 'error');
  let fail = false;
  if (failOn === 'dataset-drift') {
    fail = dataset.drift;
    reasons.push(
      dataset.drift
        ? `Dataset drift: ${share}, at or above drift-share ${percent(dataset.threshold)}`
        : `No dataset drift: ${share}, below drift-share ${percent(dataset.threshold)}`,
    );
  } else if (failOn === 'column-drift') {
    fail = dataset.driftedColumns.length > 0;
    reasons.push(fail ? `Column drift: ${share}` : `No column drift: ${share}`);
  } else {
    reasons.push(`${share}; fail-on is 'never', so the run passes`);
  }
  if (errors.length > 0) {
    if (failOn !== 'never') fail = true;
    reasons.push(
      `${errors.length} data-quality error${errors.length === 1 ? '' : 's'}: ${errors
        .map((e) => e.message)
        .slice(0, 3)
        .join('; ')}${errors.length > 3 ? '; ...' : ''}`,
    );
  }
  return { verdict: fail ? 'fail' : 'pass', reasons };
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}
