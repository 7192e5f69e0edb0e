/**
 * The profile itself: the sketch's bound holds (KS from the profile within ±statisticBound of the
 * raw KS), no raw rows or identifier values are kept, a newer major version is refused, the top K
 * categories merge the rest on both sides, and a scaled-down pseudo-sample keeps the verdict.
 */
import { describe, expect, it } from 'vitest';
import { bucketSketch } from '../../../src/engine/profile/build.js';
import { looksLikeProfile, parseProfile } from '../../../src/engine/profile/format.js';
import { OTHER_LEVEL, scaleCounts } from '../../../src/engine/profile/pseudo.js';
import { UserInputError } from '../../../src/errors.js';
import { normals, rng } from '../../helpers/random.js';
import { profileOf, profileReport, rawReport, type Side, settingsOf } from './helpers.js';

const encoder = new TextEncoder();
const csv = (label: string, header: string, rows: string[]): Side => ({
  label,
  bytes: encoder.encode([header, ...rows].join('\n')),
});

/** n rows of x ~ N(shift, 1), y ~ exp, a 3-level category. */
function continuous(label: string, n: number, seed: number, shift: number): Side {
  const random = rng(seed);
  const x = normals(random, n, shift, 1);
  return csv(
    label,
    'x,y,group',
    Array.from({ length: n }, (_, i) => `${x[i]},${-Math.log(1 - random())},${'abc'[i % 3]}`),
  );
}

describe('the quantile sketch', () => {
  it('is exact for few distinct values and bounded by the largest mixed bucket otherwise', () => {
    const few = bucketSketch(Float64Array.from([1, 1, 2, 3, 3, 3]), 4);
    expect(few).toMatchObject({ exact: true, values: [1, 2, 3], counts: [2, 1, 3], rankError: 0 });
    const many = bucketSketch(
      Float64Array.from({ length: 10_000 }, (_, i) => i),
      2048,
    );
    expect(many?.exact).toBe(false);
    // 10,000 / 2048 = 4.88 values per bucket: buckets of 4 or 5, so the rank error is 5 / 10,000
    expect(many?.rankError).toBe(5 / 10_000);
    expect(many?.counts.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('gives the KS statistic within its stated bound, and the raw verdict (40,000 rows, sketched)', async () => {
    const settings = settingsOf();
    for (const shift of [0, 0.02, 0.3]) {
      const reference = continuous('ref.csv', 40_000, 1, 0);
      const candidate = continuous('cand.csv', 20_000, 2, shift);
      const raw = await rawReport(reference, candidate, settings);
      const { report } = await profileReport(reference, candidate, settings);
      expect(report.verdict).toBe(raw.verdict);
      expect(report.dataset.driftedColumns).toEqual(raw.dataset.driftedColumns);
      for (const name of ['x', 'y']) {
        const fromProfile = report.columns.find((c) => c.name === name);
        const fromRaw = raw.columns.find((c) => c.name === name);
        expect(fromProfile?.precision?.kind).toBe('sketch');
        const bound = fromProfile?.precision?.statisticBound as number;
        // 40,000 values in 2048 buckets: about 20 per bucket, a rank error near 1/2048
        expect(bound).toBeLessThan(0.0006);
        expect(
          Math.abs((fromProfile?.statistic as number) - (fromRaw?.statistic as number)),
        ).toBeLessThanOrEqual(bound);
        expect(fromProfile?.precision?.text).toMatch(
          /^KS statistic within ±0\.000\d+, normed Wasserstein within ±/,
        );
      }
      expect(report.columns.find((c) => c.name === 'group')?.precision?.kind).toBe('exact');
      expect(report.referenceProfile?.skipped.map((s) => s.check)).toEqual([
        'duplicates and training-data diff',
      ]);
    }
  });

  it('scaled down to fewer pseudo-rows keeps the verdict and says so', async () => {
    const settings = settingsOf();
    const reference = continuous('ref.csv', 40_000, 1, 0);
    const candidate = continuous('cand.csv', 5_000, 3, 0.3);
    const raw = await rawReport(reference, candidate, settings);
    const { report } = await profileReport(reference, candidate, settings, { maxPseudoRows: 10_000 });
    expect(report.verdict).toBe(raw.verdict);
    expect(report.dataset.driftedColumns).toEqual(raw.dataset.driftedColumns);
    expect(report.referenceProfile).toMatchObject({ rows: 40_000, pseudoRows: 10_000 });
    expect(report.referenceProfile?.note).toMatch(/scaled to 10,000 rows, so p-values are conservative/);
  });

  it('scaleCounts keeps the total and moves no count by more than one', () => {
    const scaled = scaleCounts([3, 3, 3, 1], 10, 4);
    expect(scaled.reduce((a, b) => a + b, 0)).toBe(4);
    expect(scaled).toEqual([1, 1, 2, 0]);
  });
});

describe('what a profile keeps', () => {
  it('no raw rows: identifier values, unique texts and high-cardinality tails are not in the file', async () => {
    const random = rng(7);
    const secrets = Array.from({ length: 3000 }, (_, i) => `secret-${Math.floor(random() * 1e12)}-${i}`);
    const ids = Array.from({ length: 3000 }, (_, i) => 900_000_000_017 + i * 7);
    // 1,200 distinct cities (a long tail: most appear 1-3 times) and a few frequent ones
    const cities = Array.from({ length: 3000 }, (_, i) =>
      i % 2 === 0 ? `city-${i % 6}` : `tail-${Math.floor(i / 2.5)}`,
    );
    const side = csv(
      'people.csv',
      'id,email,city,score',
      ids.map((id, i) => `${id},${secrets[i]}@example.com,${cities[i]},${(random() * 100).toFixed(3)}`),
    );
    const profile = await profileOf(side, settingsOf(), { topK: 50 });
    const text = JSON.stringify(profile);
    for (const secret of secrets) expect(text).not.toContain(secret);
    // the row id keeps only its range (shown in reports): no value between
    for (const id of ids.slice(1, -1)) expect(text).not.toContain(String(id));
    const byName = Object.fromEntries(profile.columns.map((c) => [c.name, c]));
    expect(byName.id).toMatchObject({
      identifier: 'row-id',
      numbers: { min: ids[0], max: ids.at(-1), values: [] },
    });
    expect(byName.email).toMatchObject({
      identifier: 'unique',
      categories: null,
      numbers: null,
      distinct: 3000,
    });
    expect(byName.city.categories?.levels).toHaveLength(50);
    expect(byName.city.categories?.otherLevels).toBe((byName.city.distinct as number) - 50);
    const tail = cities.filter(
      (city) => city.startsWith('tail-') && !byName.city.categories?.levels.includes(city),
    );
    for (const city of new Set(tail)) expect(text).not.toContain(`"${city}"`);
  });

  it('categories beyond the top K are merged on both sides: a rare class out there is not seen', async () => {
    const rows = (seed: number) => {
      const random = rng(seed);
      return Array.from({ length: 4000 }, () => `c${Math.floor(random() ** 2 * 300)},${random()}`);
    };
    const settings = settingsOf();
    const reference = csv('a.csv', 'category,x', rows(1));
    const candidate = csv('b.csv', 'category,x', rows(2));
    const raw = await rawReport(reference, candidate, settings);
    // the raw comparison flags one rare class (c136: 0.05% -> 0.5%), by its own per-class test
    expect(raw.dataset.driftedColumns).toEqual(['category']);
    expect(raw.columns[0].explanation).toMatch(/^Drift: class 'c136' rose from 0\.05% to 0\.5%/);
    // with the top 20 only, c136 is inside "other": the profile cannot see it (the README says so)
    const top20 = (await profileReport(reference, candidate, settings, { topK: 20 })).report;
    const column = top20.columns.find((c) => c.name === 'category');
    expect(column?.precision?.kind).toBe('merged');
    expect(column?.precision?.text).toBe(
      "categories beyond the profile's top 20 merged into one on both sides (approximate)",
    );
    expect(column?.distribution?.labels).toContain(OTHER_LEVEL);
    expect(top20.dataset.driftedColumns).toEqual([]);
    // the default top K (1,000) keeps all 300 classes: exact, and the same verdict as raw
    const whole = (await profileReport(reference, candidate, settings)).report;
    expect(whole.columns.find((c) => c.name === 'category')?.precision?.kind).toBe('exact');
    expect(whole.dataset.driftedColumns).toEqual(['category']);
    expect(whole.columns[0].explanation).toBe(raw.columns[0].explanation);
  });
});

describe('reading a profile', () => {
  const valid = { format: 'drift-gate-profile', version: '1.0', rows: 0, columns: [] };

  it('is detected by its first key or its file name', () => {
    expect(looksLikeProfile(encoder.encode(' {\n  "format": "drift-gate-profile"'))).toBe(true);
    expect(looksLikeProfile(encoder.encode('format,x\n1,2'))).toBe(false);
    expect(looksLikeProfile(encoder.encode('[]'), 'ref.profile.json')).toBe(true);
  });

  it('refuses a newer major version with a clear error and takes a newer minor', () => {
    expect(() => parseProfile(JSON.stringify({ ...valid, version: '2.0' }), 'ref.profile.json')).toThrow(
      'profile version 2.0 is newer than this drift-gate reads (1.0): upgrade drift-gate or re-make the profile with this version',
    );
    expect(parseProfile(JSON.stringify({ ...valid, version: '1.7' }), 'x').version).toBe('1.7');
  });

  it('names the file and the field for a broken profile', () => {
    const broken = {
      ...valid,
      rows: 3,
      columns: [
        {
          name: 'x',
          kind: 'number',
          present: 2,
          missing: 1,
          coerced: 0,
          numbers: { values: [2, 1], counts: [1, 1] },
        },
      ],
    };
    try {
      parseProfile(JSON.stringify(broken), 'ref.profile.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserInputError);
      expect((error as UserInputError).describe()).toBe(
        'ref.profile.json: not a valid profile: column "x": bucket values must ascend',
      );
    }
    expect(() => parseProfile('{"format": "drift-gate-profile", ', 'p.json')).toThrow(/not a valid profile/);
  });
});

describe('the sketch with long runs of ties', () => {
  it('starts every bucket at the first occurrence of its edge (regression: a backward scan per bucket made 1M rows take 40 s)', () => {
    // 60% zeros, then 4,000 distinct values: the edges inside the zeros all collapse into one bucket
    const values = Float64Array.from({ length: 10_000 }, (_, i) => (i < 6000 ? 0 : i));
    const sketch = bucketSketch(values, 100);
    expect(sketch?.values[0]).toBe(0);
    expect(sketch?.counts[0]).toBe(6000);
    expect(sketch?.values[1]).toBe(6000);
    expect(sketch?.counts.reduce((a, b) => a + b, 0)).toBe(10_000);
    // the zeros bucket holds one distinct value: no rank error from it; the others hold 100 each
    expect(sketch?.rankError).toBe(100 / 10_000);
  });
});
