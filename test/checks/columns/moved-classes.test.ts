/**
 * Every class that moved is named: the state column of vega-datasets airports.csv, split the way
 * real batches differ (a batch over-representing two states, the file's code order, west vs east).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classShares, MOVED_SHARE_OF_MIN_EFFECT } from '../../../src/checks/columns/classes.js';
import { movedClasses } from '../../../src/checks/columns/rule.js';
import { loadTables } from '../../../src/data/load.js';
import { compareTables } from '../../../src/engine/compare.js';
import type { ColumnReport } from '../../../src/report/model.js';
import { CLASSES_LISTED, movedClassesText } from '../../../src/report/wording.js';
import { resolveSettings } from '../../../src/settings/settings.js';

const dir = mkdtempSync(join(tmpdir(), 'drift-classes-'));
const [header, ...airports] = readFileSync('node_modules/vega-datasets/data/airports.csv', 'utf8')
  .trimEnd()
  .split('\n');
const stateOf = (row: string) => row.split(',')[3];
const longitudeOf = (row: string) => Number(row.split(',').at(-1));

function write(name: string, rows: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [header, ...rows].join('\n'));
  return path;
}

async function stateColumn(
  reference: readonly string[],
  candidate: readonly string[],
): Promise<ColumnReport> {
  const tables = await loadTables(
    { label: 'reference.csv', path: write('reference.csv', reference) },
    { label: 'candidate.csv', path: write('candidate.csv', candidate) },
  );
  const report = await compareTables(
    tables.reference,
    tables.candidate,
    resolveSettings([{ source: 'test', values: { multivariate: false } }]),
  );
  const state = report.columns.find((c) => c.name === 'state');
  if (!state) throw new Error('no state column');
  return state;
}

const even = airports.filter((_, i) => i % 2 === 0);
const odd = airports.filter((_, i) => i % 2 === 1);

describe('moved classes (airports.csv state)', () => {
  it('names Texas (x1.9, not doubled) next to California (x2.4), not only the doubled class', async () => {
    // A batch with every Californian, three in four Texan and one in three other airports.
    const batch = odd.filter(
      (row, j) => stateOf(row) === 'CA' || (stateOf(row) === 'TX' && j % 4 !== 0) || j % 3 === 0,
    );
    const state = await stateColumn(even, batch);
    expect(state.drift).toBe(true);
    expect(state.explanation).toBe(
      "Drift: significant (adjusted p 1.6e-5 < 0.05) and large enough (tvd 0.191 >= 0.1); 2 classes changed share: 'CA' 6.2% → 14.8% (x2.4, adjusted p 1.2e-9), 'TX' 6.6% → 12.4% (x1.9, adjusted p 8.3e-5)",
    );
    const tx = state.classes?.find((c) => c.class === 'TX');
    expect(tx).toMatchObject({ flagged: false, moved: true, referenceCount: 111 });
    expect(state.classes?.filter((c) => c.moved).map((c) => c.class)).toEqual(['TX', 'CA']);
  });

  it('a class that moved while the column as a whole did not drift is named as context', async () => {
    const batch = odd.filter((row, j) => stateOf(row) === 'TX' || j % 2 === 0);
    const state = await stateColumn(even, batch);
    expect(state.drift).toBe(false);
    expect(state.explanation).toBe(
      "No drift: values not significant (adjusted p 0.0679 >= 0.05; tvd 0.145 >= 0.1); class 'TX' rose from 6.6% to 11.0% (x1.7, adjusted p 0.0058)",
    );
  });

  // airports without a state carry the state code 'NA': a category, since null-like tokens stay
  // categories in text columns (issue 11)
  it('the file in code order, first half vs second: all seven moved states, largest change first', async () => {
    const half = airports.length / 2;
    const state = await stateColumn(airports.slice(0, half), airports.slice(half));
    expect(state.explanation).toBe(
      "Drift: significant (adjusted p 1.6e-18 < 0.05) and large enough (tvd 0.183 >= 0.1); 7 classes changed share: 'CA' 3.3% → 8.9% (x2.7, adjusted p 4.3e-10), 'OK' 4.3% → 1.8% (x0.42, adjusted p 4.6e-4), 'AL' 3.4% → 0.9% (x0.28, adjusted p 3.5e-5), 'ID' 0.5% → 1.7% (x3.1, adjusted p 0.019), 'CO' 2.0% → 0.9% (x0.44, adjusted p 0.045), 'HI' 0% → 0.9% (new, adjusted p 8.7e-4), 'NA' 0.059% → 0.7% (x11, adjusted p 0.031)",
    );
  });

  it('west vs east of the median longitude: the top 10 of 48 moved states, then "and 38 more"', async () => {
    const byLongitude = [...airports].sort((a, b) => longitudeOf(a) - longitudeOf(b));
    const half = byLongitude.length / 2;
    const state = await stateColumn(byLongitude.slice(0, half), byLongitude.slice(half));
    expect(state.classes?.filter((c) => c.moved)).toHaveLength(48);
    expect(state.explanation).toMatch(
      /^Drift: significant \(adjusted p 0 < 0\.05\) and large enough \(tvd 0\.93 >= 0\.1\); 48 classes changed share: 'AK' 15\.6% → 0% \(vanished, adjusted p 3\.1e-62\), 'TX' 12\.4% → 0% \(vanished, /,
    );
    expect(state.explanation.match(/ → /g)).toHaveLength(CLASSES_LISTED);
    expect(state.explanation).toMatch(/, 'IL' 0% → 5\.2% \(new, adjusted p 1\.1e-20\) and 38 more$/);
  });
});

describe('moved classes (rule)', () => {
  const input = (reference: number[], candidate: number[]) => ({
    kind: 'categorical' as const,
    levels: reference.map((_, i) => `c${i}`),
    reference,
    candidate,
  });
  const options = { alpha: 0.05, correction: 'fdr' as const, minEffect: 0.1 };

  it('moved: significant and (halved/doubled or a quarter of min-effect); neither alone', () => {
    expect(MOVED_SHARE_OF_MIN_EFFECT).toBe(0.25);
    // 10,000 rows per side: c0 40% -> 35% (significant, 5 points), c1 30% -> 29% (significant? 1 point, no)
    const shares = classShares(input([4000, 3000, 3000], [3500, 2900, 3600]), options);
    expect(shares.map((s) => [s.class, s.flagged, s.moved])).toEqual([
      ['c0', false, true],
      ['c1', false, false],
      ['c2', false, true],
    ]);
    // the same change on 100 rows per side is not significant: not moved
    const small = classShares(input([40, 30, 30], [35, 29, 36]), options);
    expect(small.some((s) => s.moved)).toBe(false);
    // a larger min-effect raises the bar: 5 points < 0.25 x 0.3
    const strict = classShares(input([4000, 3000, 3000], [3500, 2900, 3600]), { ...options, minEffect: 0.3 });
    expect(strict.some((s) => s.moved)).toBe(false);
    expect(movedClasses(shares).map((s) => s.class)).toEqual(['c2', 'c0']);
  });

  it('lists one class as a sentence, several with before → after, at most 10', () => {
    // c0 1000 -> 200, c1..c5 1000 -> 500, c6..c11 1000 -> 1550 (12,000 rows per side)
    const candidate = Array.from({ length: 12 }, (_, i) => (i === 0 ? 200 : i < 6 ? 500 : 1550));
    const moved = movedClasses(
      classShares(
        input(
          Array.from({ length: 12 }, () => 1000),
          candidate,
        ),
        options,
      ),
    );
    expect(moved.map((c) => c.class)).toEqual([
      'c0',
      ...['c6', 'c7', 'c8', 'c9', 'c10', 'c11'],
      ...['c1', 'c2', 'c3', 'c4', 'c5'],
    ]);
    const text = movedClassesText(moved);
    expect(text).toMatch(
      /^12 classes changed share: 'c0' 8\.3% → 1\.7% \(x0\.2, adjusted p [^)]+\), 'c6' 8\.3% → 12\.9% \(x1\.6, adjusted p /,
    );
    expect(text).toMatch(/, 'c3' 8\.3% → 4\.2% \(x0\.5, adjusted p [^)]+\) and 2 more$/);
    expect(movedClassesText(moved.slice(0, 1))).toMatch(
      /^class 'c0' fell from 8\.3% to 1\.7% \(x0\.2, adjusted p /,
    );
  });
});
