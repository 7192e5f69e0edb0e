/**
 * All statistical tests, gathered in one explicit object keyed by id (no registration by import side
 * effect). Settings and reports refer to tests by these ids.
 */
import { andersonDarlingTest } from './anderson-darling.js';
import { chiSquareTest } from './chi-square.js';
import { cramerVonMisesTest } from './cramer-von-mises.js';
import { energyTest } from './energy.js';
import { fisherTest } from './fisher.js';
import { gTestTest } from './g-test.js';
import { hellingerTest } from './hellinger.js';
import { jensenShannonTest } from './jensen-shannon.js';
import { klTest } from './kl.js';
import { ks } from './ks.js';
import { lInfinityTest } from './l-infinity.js';
import { mannWhitneyTest } from './mann-whitney.js';
import { psiTest } from './psi.js';
import { tTest } from './t-test.js';
import { tvdTest } from './tvd.js';
import type { StatTest } from './types.js';
import { wassersteinTest } from './wasserstein.js';
import { zTest } from './z.js';

export const STAT_TESTS = {
  ks,
  wasserstein: wassersteinTest,
  psi: psiTest,
  'jensen-shannon': jensenShannonTest,
  kl: klTest,
  hellinger: hellingerTest,
  tvd: tvdTest,
  'l-infinity': lInfinityTest,
  'chi-square': chiSquareTest,
  'g-test': gTestTest,
  z: zTest,
  fisher: fisherTest,
  'anderson-darling': andersonDarlingTest,
  'cramer-von-mises': cramerVonMisesTest,
  'mann-whitney': mannWhitneyTest,
  't-test': tTest,
  energy: energyTest,
} as const satisfies Record<string, StatTest>;

export type StatTestId = keyof typeof STAT_TESTS;

/** Every test id, in registry order. */
export const STAT_TEST_IDS: readonly StatTestId[] = Object.keys(STAT_TESTS) as StatTestId[];

export function isStatTestId(id: string): id is StatTestId {
  return Object.hasOwn(STAT_TESTS, id);
}

/** The test with this id, or undefined for an unknown id. */
export function getStatTest(id: string): StatTest | undefined {
  return isStatTestId(id) ? STAT_TESTS[id] : undefined;
}
