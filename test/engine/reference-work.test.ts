/**
 * The reference's side of the checks is made once per periods run (src/engine/reference-work.ts),
 * on the flights periods of periods-data.ts (6,000 reference rows, 12 periods of 1,000): counted
 * where the work is done (the radix sort of stats/sort.ts on a reference-sized column, the PCA fit
 * of multivariate/reconstruction.ts) and by each kept part's own count, through both forms of
 * periods. And every period's report is the same, byte for byte, as a comparison made without it.
 */
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTables, referenceTableReuse } from '../../src/data/infer.js';
import { DEFAULT_MISSING_VALUES } from '../../src/data/missing.js';
import { readAndScan } from '../../src/data/read.js';
import { compareTables } from '../../src/engine/compare.js';
import { runPipeline } from '../../src/engine/pipeline.js';
import { type ReferenceWork, referenceWork } from '../../src/engine/reference-work.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { both, delayJump, distanceCreep, writePeriodData } from './periods-data.js';

const REFERENCE_ROWS = 6000;

const seen = vi.hoisted(() => ({ referenceSorts: 0, fits: 0, works: [] as ReferenceWork[] }));

vi.mock('../../src/stats/sort.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/stats/sort.js')>();
  return {
    ...original,
    sortedPresent: (values: Float64Array, out: Float64Array) => {
      if (values.length === REFERENCE_ROWS) seen.referenceSorts++;
      return original.sortedPresent(values, out);
    },
  };
});

vi.mock('../../src/multivariate/reconstruction.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/multivariate/reconstruction.js')>();
  return {
    ...original,
    fitReconstruction: (...args: Parameters<typeof original.fitReconstruction>) => {
      seen.fits++;
      return original.fitReconstruction(...args);
    },
  };
});

vi.mock('../../src/engine/reference-work.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/reference-work.js')>();
  return {
    ...original,
    referenceWork: () => {
      const work = original.referenceWork();
      seen.works.push(work);
      return work;
    },
  };
});

afterEach(() => {
  seen.referenceSorts = 0;
  seen.fits = 0;
  seen.works.length = 0;
});

async function run(root: string, values: Record<string, unknown>) {
  const settings = resolveSettings([{ source: 'test', values: { reference: 'reference.csv', ...values } }]);
  return runPipeline(settings, {
    root,
    confineToRoot: true,
    referenceRevision: null,
    workers: { parse: 'off', compare: 'off' },
  });
}

describe('the reference work of a periods run', () => {
  const changed = both(distanceCreep(0.03), delayJump(7, 30));

  it.each([
    ['glob', { candidate: 'incoming/*.csv' }],
    ['time-column', { candidate: 'all.csv', 'time-column': 'day', period: 'month' }],
  ])(
    '%s form: 12 periods, each reference column sorted once, its rows grouped once, the PCA fitted once',
    async (_form, values) => {
      const data = writePeriodData(7, changed);
      const report = await run(data.root, { ...values, key: 'origin,destination' });
      expect(report.periods).toHaveLength(12);
      expect(report.multivariate?.status).toBe('ok');
      expect(report.diff?.keyed).toBe(true);
      // delay and distance are the numeric columns: sorted once, not once per period (24)
      expect(seen.referenceSorts).toBe(2);
      expect(seen.fits).toBe(1);
      expect(seen.works).toHaveLength(1);
      const [work] = seen.works;
      expect(work.sorted.made).toBe(2);
      // the whole records (duplicates) and the key (the diff), each once
      expect(work.rows.made).toBe(2);
      // the seeded sample, the encodings of the 4 columns, the encoded rows with their fit
      expect(work.multivariate.made).toBe(6);
    },
    60_000,
  );

  it('every period compared with the kept reference work reports exactly what a fresh comparison does', async () => {
    const data = writePeriodData(11, changed, { periods: 4 });
    const settings = resolveSettings([
      {
        source: 'test',
        values: {
          reference: 'reference.csv',
          candidate: 'x.csv',
          key: 'origin,destination',
          critical: 'origin=DFW,origin=ORD',
        },
      },
    ]);
    const options = { missingValues: DEFAULT_MISSING_VALUES };
    const infer = { maxIntegerCategoryLevels: 10 };
    const referenceRaw = await readAndScan(
      { label: 'reference.csv', path: path.join(data.root, 'reference.csv') },
      options,
    );
    const reuse = referenceTableReuse();
    const work = referenceWork();
    const now = new Date('2026-06-01T00:00:00Z');
    const references = new Set<unknown>();
    for (const name of data.periodNames) {
      const file = path.join(data.root, 'incoming', `${name}.csv`);
      const periodRaw = await readAndScan({ label: `${name}.csv`, path: file }, options);
      const kept = buildTables(referenceRaw, periodRaw, infer, reuse);
      const fresh = buildTables(referenceRaw, periodRaw, infer);
      references.add(kept.reference);
      expect(kept.reference).toEqual(fresh.reference);
      const withWork = compareTables(kept.reference, kept.candidate, settings, { now, referenceWork: work });
      const without = compareTables(fresh.reference, fresh.candidate, settings, { now });
      expect(JSON.stringify(withWork)).toBe(JSON.stringify(without));
      expect(withWork.critical?.rows).toBeGreaterThan(0);
    }
    // one reference Table for the 4 periods, its work made once
    expect(references.size).toBe(1);
    expect(seen.referenceSorts).toBe(2 + 4 * 2);
    expect(seen.fits).toBe(1 + 4);
    // the whole records and the key, shared by the duplicates, the diff and the critical rows
    expect(work.rows.made).toBe(2);
  }, 60_000);
});
