/**
 * The JSON report: the public contract (DESIGN.md "Public contract"). Each type is declared once,
 * as a schema in src/report/contract/ (its doc text is the schema's `description`); the TypeScript
 * types below are derived from those schemas, and `npm run schema` writes docs/report.schema.json
 * from them (a test fails when the committed file is stale). Bump SCHEMA_VERSION on any breaking
 * change. Only types are re-exported here, so nothing at run time loads the schema library.
 */
export type { AcceptedItem } from './contract/accepted.js';
export type {
  ClassShare,
  ColumnCounts,
  ColumnReport,
  ColumnValues,
  DatasetSummary,
  Distribution,
  Histogram,
  MissingShareScore,
  QualityFinding,
  Score,
} from './contract/columns.js';
export type { ColumnRole, Outcome, Severity, SideInfo, Verdict } from './contract/common.js';
export type {
  ClassificationMetrics,
  ClassMetrics,
  MetricComparison,
  MetricName,
  PerformanceMetrics,
  PerformanceReport,
  RegressionMetrics,
  RocAuc,
  SliceReport,
} from './contract/labels.js';
export type { ColumnTrendReport, PeriodReport, TrendReport } from './contract/periods.js';
export type {
  ColumnPrecision,
  ProfileColumn,
  ProfileEncoder,
  ProfileFile,
  ProfileMultivariate,
  ReferenceProfileUse,
} from './contract/profile.js';
export type {
  ColumnContribution,
  ConstantProperty,
  ExcludedColumn,
  ImageLens,
  ImageLensId,
  ImageReadError,
  ImageSideSummary,
  ImagesOk,
  ImagesReport,
  ImagesSkipped,
  MultivariateOk,
  MultivariateReport,
  MultivariateResult,
  MultivariateSkipped,
  ReconstructionSummary,
  RowsUsed,
  WorstImage,
} from './contract/reconstruction.js';
export type { Report } from './contract/report.js';
export type { CriticalReport, RowDiff } from './contract/rows.js';

/**
 * 2.0.0: `verdict` and every check's `outcome` are pass / warn / fail (1.x: pass / fail, no outcome).
 * 2.1.0 (additive): `columns[].values`, `columns[].histogram`, `columns[].precision`,
 * `referenceProfile`, `periods`, `trend`, and the image lenses (`images.lenses`, ...).
 */
export const SCHEMA_VERSION = '2.1.0';
