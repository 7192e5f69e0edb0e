/**
 * The reference's side of the checks, made once per run and reused for every candidate compared
 * with the same reference (the periods of engine/periods.ts: a 1,000,000-row reference against
 * 50 periods sorted, hashed and grouped the reference's rows and fitted its multivariate model 50
 * times). Each part is declared by the check that makes and reads it, keyed (weakly) by the
 * reference Table or its columns, and passed down explicitly (CompareMeta.referenceWork): nothing
 * is kept between runs, and reports are the same as without it.
 */
import { type SortedReference, sortedReference } from '../checks/columns/prepare.js';
import { type RowGroupingCache, rowGroupingCache } from '../checks/rows/hash.js';
import { type MultivariateCache, multivariateCache } from '../multivariate/tabular.js';
/** What the checks make from the reference alone, kept for more candidates against the same reference. */
export interface ReferenceWork {
  /** The sorted present values of numeric columns (checks/columns/prepare.ts). */
  readonly sorted: SortedReference;
  /** The row hashes and groupings of the duplicates and the diff (checks/rows/hash.ts). */
  readonly rows: RowGroupingCache;
  /** The multivariate check's sample, encodings and fitted PCA (multivariate/tabular.ts). */
  readonly multivariate: MultivariateCache;
}

/** An empty ReferenceWork, for one run. */
export function referenceWork(): ReferenceWork {
  return { sorted: sortedReference(), rows: rowGroupingCache(), multivariate: multivariateCache() };
}
