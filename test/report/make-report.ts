/** Realistic Report objects for renderer tests. */
import type { ColumnReport, QualityFinding, Report, Score } from '../../src/report/model.js';

const ROWS_REF = 10_000;
const ROWS_CAND = 9_500;

function counts(missingShare: number, rows: number) {
  const missing = Math.round(missingShare * rows);
  return { present: rows - missing, missing, missingShare };
}

export interface ColumnSpec {
  name: string;
  type?: ColumnReport['type'];
  drift?: boolean;
  statistic?: number;
  pValue?: number;
  adjustedPValue?: number;
  effect?: number;
  role?: ColumnReport['role'];
  missing?: [number, number];
  distribution?: ColumnReport['distribution'];
}

/** A compared column in auto mode (KS or chi-squared + normed Wasserstein / total variation). */
export function comparedColumn(spec: ColumnSpec): ColumnReport {
  const numeric = (spec.type ?? 'numeric') === 'numeric';
  const test = numeric ? 'ks' : 'chi-squared';
  const effectTest = numeric ? 'wasserstein-normed' : 'total-variation';
  const pValue = spec.pValue ?? 0.5;
  const adjusted = spec.adjustedPValue ?? Math.min(1, pValue * 12);
  const effectValue = spec.effect ?? 0.02;
  const drift = spec.drift ?? false;
  const effectSize: Score = {
    test: effectTest,
    kind: 'distance',
    statistic: effectValue,
    pValue: null,
    adjustedPValue: null,
    threshold: 0.1,
    passed: effectValue >= 0.1,
  };
  const pScore: Score = {
    test,
    kind: 'p-value',
    statistic: spec.statistic ?? 0.01,
    pValue,
    adjustedPValue: adjusted,
    threshold: 0.05,
    passed: adjusted < 0.05,
  };
  const [refMissing, candMissing] = spec.missing ?? [0, 0];
  return {
    name: spec.name,
    role: spec.role ?? 'feature',
    type: spec.type ?? 'numeric',
    status: 'compared',
    reason: null,
    method: 'auto',
    test,
    statistic: pScore.statistic,
    pValue,
    adjustedPValue: adjusted,
    threshold: 0.05,
    effectSize,
    scores: [pScore, effectSize],
    missingShare: {
      test: 'two-proportion-z',
      kind: 'p-value',
      statistic: 0,
      pValue: 1,
      adjustedPValue: 1,
      threshold: 0.05,
      passed: candMissing - refMissing > 0.05,
      reference: refMissing,
      candidate: candMissing,
      minChange: 0.05,
    },
    drift,
    outcome: drift ? 'fail' : adjusted < 0.05 ? 'warn' : 'pass',
    explanation: drift ? 'significant and large enough' : 'no significant change',
    reference: counts(refMissing, ROWS_REF),
    candidate: counts(candMissing, ROWS_CAND),
    distribution: spec.distribution ?? {
      labels: ['0', '10', '20', '30', '40'],
      reference: [0.1, 0.2, 0.4, 0.2, 0.1],
      candidate: drift ? [0.05, 0.1, 0.25, 0.35, 0.25] : [0.1, 0.21, 0.39, 0.2, 0.1],
    },
  };
}

export function skippedColumn(
  name: string,
  type: ColumnReport['type'],
  status: ColumnReport['status'],
  reason: string | null,
): ColumnReport {
  return {
    name,
    role: 'feature',
    type,
    status,
    reason,
    method: 'auto',
    test: null,
    statistic: null,
    pValue: null,
    adjustedPValue: null,
    threshold: null,
    effectSize: null,
    scores: [],
    missingShare: null,
    drift: false,
    outcome: 'pass',
    explanation: reason ?? 'not compared',
    reference: counts(0, ROWS_REF),
    candidate: counts(0, ROWS_CAND),
    distribution: null,
  };
}

export function makeReport(
  overrides: Partial<Report> & { columns?: ColumnReport[]; quality?: QualityFinding[] } = {},
): Report {
  const columns = overrides.columns ?? defaultColumns();
  const compared = columns.filter((c) => c.status === 'compared');
  const drifted = compared.filter((c) => c.drift).map((c) => c.name);
  const driftShare = compared.length === 0 ? 0 : drifted.length / compared.length;
  const threshold = 0.3;
  const datasetDrift = driftShare >= threshold;
  return {
    schemaVersion: '2.1.0',
    tool: { name: 'drift-gate', version: '0.1.0' },
    generatedAt: '2025-05-01T12:00:00.000Z',
    reference: {
      source: 'data/train.csv@main',
      revision: 'main',
      rows: ROWS_REF,
      columns: columns.length,
      delimiter: ',',
    },
    candidate: {
      source: 'data/incoming.csv',
      revision: null,
      rows: ROWS_CAND,
      columns: columns.length,
      delimiter: ',',
    },
    settings: { mode: 'auto', alpha: 0.05, minEffect: 0.1, driftShare: threshold },
    dataset: {
      drift: datasetDrift,
      driftShare,
      driftedColumns: drifted,
      warningColumns: compared.filter((c) => c.outcome === 'warn' && c.role === 'feature').map((c) => c.name),
      comparedColumns: compared.length,
      threshold,
    },
    columns,
    quality: overrides.quality ?? defaultQuality(),
    verdict: datasetDrift ? 'fail' : 'pass',
    reasons: datasetDrift
      ? [`${drifted.length} of ${compared.length} columns drifted, at or above the threshold of 30%`]
      : [`${drifted.length} of ${compared.length} columns drifted, below the threshold of 30%`],
    ...overrides,
  };
}

export function defaultColumns(): ColumnReport[] {
  return [
    comparedColumn({ name: 'age', pValue: 0.4, effect: 0.03 }),
    comparedColumn({
      name: 'income',
      drift: true,
      statistic: 0.2134,
      pValue: 0.0004,
      adjustedPValue: 0.003,
      effect: 0.214,
      missing: [0.01, 0.12],
    }),
    comparedColumn({
      name: 'country',
      type: 'categorical',
      drift: true,
      statistic: 412.7,
      pValue: 0,
      adjustedPValue: 0,
      effect: 0.31,
      distribution: {
        labels: ['DE', 'FR', 'US', 'other'],
        reference: [0.4, 0.3, 0.2, 0.1],
        candidate: [0.2, 0.2, 0.5, 0.1],
      },
    }),
    comparedColumn({ name: 'tenure_months', pValue: 0.03, adjustedPValue: 0.36, effect: 0.06 }),
    comparedColumn({ name: 'churned', type: 'boolean', role: 'target', pValue: 0.2, effect: 0.01 }),
    comparedColumn({
      name: 'signup_date',
      type: 'datetime',
      drift: true,
      pValue: 3.2e-8,
      adjustedPValue: 3.8e-7,
      effect: 0.15,
    }),
    skippedColumn('customer_id', 'identifier', 'skipped', 'identifier-like: 99.8% of values are unique'),
    skippedColumn('legacy_flag', 'empty', 'missing-in-candidate', null),
  ];
}

export function defaultQuality(): QualityFinding[] {
  return [
    {
      check: 'schema',
      column: 'legacy_flag',
      severity: 'error',
      message: 'column legacy_flag is in the reference but not in the candidate',
    },
    { check: 'missing', column: 'income', severity: 'warning', message: 'missing share rose from 1% to 12%' },
    {
      check: 'constant',
      column: null,
      severity: 'info',
      message: 'candidate has 500 fewer rows than the reference',
    },
  ];
}

/** Column names an attacker might pick. */
export const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  '| fake | row |',
  '**bold**',
  '[x](javascript:alert(1))',
  '# heading',
  'line\nbreak',
  '`code`',
  '\u001b[31mred\u001b[0m',
];
