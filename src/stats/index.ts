/** Public surface of the statistical-test layer. */
export { andersonDarlingTest, andersonKSamp } from './anderson-darling.js';
export {
  binByCuts,
  decileCuts,
  distributionShares,
  EMPTY_BIN_SHARE,
  histogramCounts,
  sharesWithFloor,
  sturgesCategorical,
  sturgesEdges,
} from './binning.js';
export { chiSquare, chiSquareTest } from './chi-square.js';
export { chi2Contingency } from './contingency.js';
export { cramerVonMises2Samp, cramerVonMisesTest } from './cramer-von-mises.js';
export { chi2Sf } from './distributions/chi2.js';
export { kolmogorovSf, smirnovSf } from './distributions/kolmogorov.js';
export { kstwoSf } from './distributions/kstwo.js';
export { normalSf } from './distributions/normal.js';
export { studentTSf } from './distributions/student-t.js';
export { energyDistance, energyTest } from './energy.js';
export { fisherExact, fisherTest } from './fisher.js';
export { gTest, gTestTest } from './g-test.js';
export { hellinger, hellingerTest } from './hellinger.js';
export { jensenShannon, jensenShannonTest } from './jensen-shannon.js';
export { klDivergence, klTest } from './kl.js';
export { ks, ks2Samp } from './ks.js';
export { lInfinity, lInfinityTest } from './l-infinity.js';
export { mannWhitneyTest, mannWhitneyU } from './mann-whitney.js';
export { psi, psiNumeric, psiTest } from './psi.js';
export { getStatTest, isStatTestId, STAT_TEST_IDS, STAT_TESTS, type StatTestId } from './registry.js';
export { tTest, welchTTest } from './t-test.js';
export { totalVariation, tvdTest } from './tvd.js';
export type * from './types.js';
export { normalizedWasserstein, wassersteinDistance, wassersteinTest } from './wasserstein.js';
export { twoProportionZ, zTest } from './z.js';
