import { describe, expect, it } from 'vitest';
import { groupRows, shareColumn } from '../../../src/checks/rows/hash.js';
import {
  DUPLICATE_ROWS_MIN_EXTRA,
  DUPLICATE_ROWS_MIN_SHARE_INCREASE,
  MISSING_TEXT,
  rowChecks,
} from '../../../src/checks/rows/rows.js';
import { isCategoricalColumn, type Table } from '../../../src/data/table.js';
import { compareTables } from '../../../src/engine/compare.js';
import { planComparison } from '../../../src/engine/plan.js';
import { UserInputError } from '../../../src/errors.js';
import { resolveSettings } from '../../../src/settings/settings.js';
import { loadTexts } from '../../data/helpers.js';
import { rng } from '../../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../../helpers/tables.js';

/** An adoption-shelter extract: one row per animal. */
interface Animal {
  id: number;
  species: string | null;
  age: number;
  weight: number;
}

const SPECIES = ['cat', 'dog', 'rabbit'];

function animals(count: number, firstId = 1): Animal[] {
  return Array.from({ length: count }, (_, i) => ({
    id: firstId + i,
    species: SPECIES[i % 3],
    age: 1 + (i % 12),
    weight: Math.round((2 + ((i * 37) % 300) / 10) * 10) / 10,
  }));
}

function shelter(source: string, rows: readonly Animal[]): Table {
  return table(source, [
    numericColumn(
      'id',
      rows.map((r) => r.id),
    ),
    categoricalColumn(
      'species',
      rows.map((r) => r.species),
    ),
    numericColumn(
      'age',
      rows.map((r) => r.age),
    ),
    numericColumn(
      'weight',
      rows.map((r) => r.weight),
    ),
  ]);
}

/** The same rows without the id column (so equal animals are duplicate rows). */
function withoutId(source: string, rows: readonly Animal[]): Table {
  const full = shelter(source, rows);
  return { ...full, columns: full.columns.slice(1) };
}

describe('duplicate rows', () => {
  it('reports a jump in duplicate rows with both shares', () => {
    const base = animals(120);
    const candidateRows = [...base, ...base.slice(10, 20)];
    const { findings, diff } = rowChecks(withoutId('ref.csv', base), withoutId('cand.csv', candidateRows));
    const found = findings.filter((f) => f.check === 'duplicate-rows');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].values).toMatchObject({
      referenceDuplicates: 0,
      referenceShare: 0,
      candidateDuplicates: 10,
      candidateRows: 130,
      candidateShare: 10 / 130,
      minShareIncrease: DUPLICATE_ROWS_MIN_SHARE_INCREASE,
      minExtra: DUPLICATE_ROWS_MIN_EXTRA,
    });
    expect(found[0].message).toContain('0.0% of the reference');
    expect(found[0].message).toContain('7.7% of the candidate');
    expect(diff?.duplicateRows).toEqual({ reference: 0, candidate: 10 });
  });

  it('says nothing for identical tables, or for a few duplicates at the same share', () => {
    const rows = animals(200);
    const same = rowChecks(shelter('ref.csv', rows), shelter('cand.csv', rows));
    expect(same.findings).toEqual([]);
    expect(same.diff).toMatchObject({ keyed: false, added: 0, removed: 0, changed: 0, unchanged: 200 });

    const withDuplicates = [...rows, ...rows.slice(0, 4)];
    const fewer = rowChecks(
      withoutId('ref.csv', withDuplicates),
      withoutId('cand.csv', [...rows, ...rows.slice(5, 8)]),
    );
    expect(fewer.findings).toEqual([]);
    expect(fewer.diff?.duplicateRows).toEqual({ reference: 4, candidate: 3 });
  });

  it('hashes missing values consistently: missing equals missing, -0 equals 0, level order does not matter', () => {
    const reference = table('ref.csv', [
      categoricalColumn('species', ['cat', null, 'dog', null, 'cat']),
      numericColumn('age', [3, Number.NaN, 0, Number.NaN, 3]),
    ]);
    // The candidate's levels come in another order (dog first): codes differ, texts do not.
    const candidate = table('cand.csv', [
      categoricalColumn('species', ['dog', null, 'cat', null, null]),
      numericColumn('age', [-0, Number.NaN, 3, Number.NaN, Number.NaN]),
    ]);
    const { diff } = rowChecks(reference, candidate);
    // Reference: (cat,3) x2, (missing,missing) x2, (dog,0). Candidate: (dog,0), (missing,missing) x3, (cat,3).
    expect(diff).toMatchObject({ added: 1, removed: 1, unchanged: 4 });
    expect(diff?.duplicateRows).toEqual({ reference: 2, candidate: 2 });
  });
});

describe('training-data diff by key', () => {
  // Reference ids 1..30; the candidate drops 29 and 30, adds 101..103 and changes 4 animals.
  const reference = animals(30);
  const candidateRows: Animal[] = reference.slice(0, 28).map((r) => ({ ...r }));
  candidateRows.push(...animals(3, 101));
  const byId = (id: number) => candidateRows.find((r) => r.id === id) as Animal;
  // ids 1 and 4 are cats (i % 3 === 0), id 2 is a dog.
  byId(1).species = 'dog';
  byId(4).species = 'dog';
  byId(2).species = 'cat';
  byId(2).age = 9;
  byId(5).weight = 99.5;

  it('counts added, removed, changed and unchanged rows with examples and changed columns', () => {
    const { diff, findings } = rowChecks(shelter('ref.csv', reference), shelter('cand.csv', candidateRows), {
      key: ['id'],
      target: null,
    });
    expect(findings).toEqual([]);
    expect(diff).toMatchObject({
      keyed: true,
      key: ['id'],
      added: 3,
      removed: 2,
      changed: 4,
      unchanged: 24,
      examples: {
        added: [['101'], ['102'], ['103']],
        removed: [['29'], ['30']],
        changed: [['1'], ['2'], ['4'], ['5']],
      },
      changedColumns: [
        { column: 'species', rows: 3 },
        { column: 'age', rows: 1 },
        { column: 'weight', rows: 1 },
      ],
      labelFlips: [],
      duplicateKeys: { reference: 0, candidate: 0 },
    });
  });

  it('lists label flips of the target, most frequent first', () => {
    const { diff } = rowChecks(shelter('ref.csv', reference), shelter('cand.csv', candidateRows), {
      key: ['id'],
      target: 'species',
    });
    expect(diff?.target).toBe('species');
    expect(diff?.labelFlips).toEqual([
      { from: 'cat', to: 'dog', count: 2 },
      { from: 'dog', to: 'cat', count: 1 },
    ]);
  });

  it('reports a label that went missing as a flip to (missing)', () => {
    const changed = reference.map((r) => ({ ...r }));
    changed[0].species = null;
    const { diff } = rowChecks(shelter('ref.csv', reference), shelter('cand.csv', changed), {
      key: ['id'],
      target: 'species',
    });
    expect(diff?.labelFlips).toEqual([{ from: 'cat', to: MISSING_TEXT, count: 1 }]);
  });

  it('reports duplicate keys as a finding naming the key and the counts', () => {
    const doubled = [...reference, { ...reference[3], weight: 1 }, { ...reference[7] }];
    const { findings, diff } = rowChecks(shelter('ref.csv', reference), shelter('cand.csv', doubled), {
      key: ['id'],
      target: null,
    });
    const found = findings.filter((f) => f.check === 'duplicate-keys');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("'id'");
    expect(found[0].message).toContain('2 candidate rows');
    expect(found[0].values).toMatchObject({ key: 'id', referenceDuplicates: 0, candidateDuplicates: 2 });
    // The first row of each key is the one compared: nothing changed.
    expect(diff).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 30 });
    expect(diff?.duplicateKeys).toEqual({ reference: 0, candidate: 2 });
  });

  it('matches on several key columns and clips long key values', () => {
    const long = 'x'.repeat(60);
    const reference2 = table('ref.csv', [
      categoricalColumn('shelter', ['north', 'north', 'south']),
      numericColumn('id', [1, 2, 1]),
      numericColumn('age', [3, 4, 5]),
    ]);
    const candidate2 = table('cand.csv', [
      categoricalColumn('shelter', ['north', 'south', long]),
      numericColumn('id', [1, 1, 1]),
      numericColumn('age', [3, 6, 7]),
    ]);
    const { diff } = rowChecks(reference2, candidate2, { key: ['shelter', 'id'], target: null });
    expect(diff).toMatchObject({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    expect(diff?.examples.removed).toEqual([['north', '2']]);
    expect(diff?.examples.changed).toEqual([['south', '1']]);
    expect(diff?.examples.added[0][0]).toBe(`${'x'.repeat(39)}…`);
  });
});

describe('whole-record diff without a key', () => {
  it('counts added and removed rows as a multiset', () => {
    const [a, b, c, d, e] = animals(5);
    const { diff } = rowChecks(withoutId('ref.csv', [a, b, c, d]), withoutId('cand.csv', [a, a, a, b, e]));
    // a twice more in the candidate (2 added) plus e; c and d removed.
    expect(diff).toMatchObject({ keyed: false, key: [], added: 3, removed: 2, changed: 0, unchanged: 2 });
    expect(diff?.examples).toEqual({ added: [], removed: [], changed: [] });
  });

  it('groups rows exactly (checked against a string-keyed count on near-duplicate random rows)', () => {
    const random = rng(7);
    const make = (source: string, n: number) => {
      const species = Array.from({ length: n }, () =>
        random() < 0.1 ? null : SPECIES[Math.floor(random() * 3)],
      );
      const age = Array.from({ length: n }, () => (random() < 0.1 ? Number.NaN : Math.floor(random() * 4)));
      return table(source, [categoricalColumn('species', species), numericColumn('age', age)]);
    };
    const reference = make('ref.csv', 500);
    const candidate = make('cand.csv', 700);
    const { diff } = rowChecks(reference, candidate);
    const keyOf = (t: Table, row: number) =>
      t.columns
        .map((column) =>
          'values' in column
            ? String(column.values[row])
            : isCategoricalColumn(column)
              ? (column.levels[column.codes[row]] ?? '∅')
              : '',
        )
        .join('|');
    const counts = new Map<string, [number, number]>();
    for (const [side, t] of [reference, candidate].entries()) {
      for (let row = 0; row < t.rows; row++) {
        const k = keyOf(t, row);
        const entry = counts.get(k) ?? [0, 0];
        entry[side]++;
        counts.set(k, entry);
      }
    }
    let added = 0;
    let removed = 0;
    for (const [r, c] of counts.values()) {
      added += Math.max(0, c - r);
      removed += Math.max(0, r - c);
    }
    expect(diff).toMatchObject({ added, removed });
    const groups = groupRows(
      reference.columns.map(
        (column, i) => shareColumn(column, candidate.columns[i]) ?? expect.fail('shared'),
      ),
      reference,
      candidate,
    );
    expect(groups.groups).toBe(counts.size);
  });
});

describe('settings', () => {
  const tables = { reference: shelter('ref.csv', animals(10)), candidate: shelter('cand.csv', animals(10)) };

  const plan = (table: Table, values: Record<string, unknown>) =>
    planComparison(tables.reference, table, resolveSettings([{ source: 'test', values }]));

  it('an unknown key or target column is a clear error naming the setting and the column (checked by the plan)', () => {
    expect(() => plan(tables.candidate, { key: 'animal_id' })).toThrow(UserInputError);
    expect(() => plan(tables.candidate, { key: 'animal_id' })).toThrow(
      "'key' names 'animal_id', not found in ref.csv or cand.csv",
    );
    expect(() => plan(tables.candidate, { key: 'id', target: 'label' })).toThrow(
      "'target' names column 'label', not found in ref.csv or cand.csv",
    );
    expect(() => plan(tables.candidate, { key: 'id', target: 'id' })).toThrow(
      "'target' column 'id' is also a 'key' column",
    );
    expect(plan(tables.candidate, { key: 'id', target: 'species' }).rows).toEqual({
      key: ['id'],
      target: 'species',
    });
  });

  it('a key column on one side only is an error', () => {
    const noId = withoutId('cand.csv', animals(10));
    expect(() => plan(noId, { key: 'id' })).toThrow("'key' column 'id' is not in cand.csv");
  });

  it('key and target resolve from the settings layers and reach the report', () => {
    const settings = resolveSettings([{ source: 'action inputs', values: { key: 'id', target: 'species' } }]);
    expect(settings.key).toEqual(['id']);
    expect(settings.target).toBe('species');
    const report = compareTables(tables.reference, tables.candidate, settings);
    expect(report.diff).toMatchObject({ keyed: true, key: ['id'], unchanged: 10, target: 'species' });
    expect(resolveSettings([]).key).toBeNull();
    expect(() => resolveSettings([{ source: 'x', values: { key: { a: 1 } } }])).toThrow(
      "bad value for 'key'",
    );
  });
});

describe('end to end through loadTables', () => {
  it('diffs a CSV pair keyed by a text id column (identifier-like, codes kept)', async () => {
    const header = 'id,species,age\n';
    const line = (i: number, species: string, age: number) =>
      `a-${String(i).padStart(3, '0')},${species},${age}\n`;
    let reference = header;
    let candidate = header;
    for (let i = 1; i <= 30; i++) {
      const species = SPECIES[i % 3];
      reference += line(i, species, i % 7);
      if (i === 30) continue; // removed
      if (i === 3)
        candidate += line(i, 'dog', i % 7); // cat -> dog
      else if (i === 4)
        candidate += line(i, species, 20); // age changed
      else candidate += line(i, species, i % 7);
    }
    candidate += line(31, 'cat', 2) + line(32, 'dog', 3);
    const tables = await loadTexts(reference, candidate);
    expect(tables.reference.columns[0].type).toBe('identifier');
    const settings = resolveSettings([{ source: 'test', values: { key: ['id'], target: 'species' } }]);
    const report = compareTables(tables.reference, tables.candidate, settings);
    expect(report.diff).toMatchObject({
      keyed: true,
      added: 2,
      removed: 1,
      changed: 2,
      unchanged: 27,
      examples: { added: [['a-031'], ['a-032']], removed: [['a-030']], changed: [['a-003'], ['a-004']] },
      changedColumns: [
        { column: 'species', rows: 1 },
        { column: 'age', rows: 1 },
      ],
      labelFlips: [{ from: 'cat', to: 'dog', count: 1 }],
      uncomparedColumns: [],
    });
    expect(report.quality.filter((q) => q.check.startsWith('duplicate'))).toEqual([]);
  });
});

describe('changed rows show their old and new values (issue 12)', () => {
  // Regression: changed rows were listed by key alone (a dead end: "which values changed?"), and
  // datetime keys read `2016-01-01T00:00:00.000Z` where the file says `2016-01-01`.
  const header = 'day,sales,note,updated,a,b,c,d,e\n';
  const row = (day: number, sales: number, note: string, updated: string, extra = '1,1,1,1,1') =>
    `2016-01-0${day},${sales},${note},${updated},${extra}\n`;
  let reference = header;
  let candidate = header;
  for (let day = 1; day <= 8; day++) {
    reference += row(day, 10 * day, 'ok', '2016-02-01 08:00');
    if (day === 2) candidate += row(day, 21, 'ok', '2016-02-01 08:00');
    else if (day === 3) candidate += row(day, 30, '', '2016-02-01 09:15:30');
    else if (day === 5) candidate += row(day, 51, 'late', '2016-02-01 08:00', '2,2,2,2,2');
    else candidate += row(day, 10 * day, 'ok', '2016-02-01 08:00');
  }

  it('keeps the first changed rows with, per changed column, the reference and candidate values as written', async () => {
    const tables = await loadTexts(reference, candidate);
    expect(tables.reference.columns[0].type).toBe('datetime');
    const settings = resolveSettings([{ source: 'test', values: { key: 'day', multivariate: false } }]);
    const report = compareTables(tables.reference, tables.candidate, settings);
    expect(report.diff?.examples.changed).toEqual([['2016-01-02'], ['2016-01-03'], ['2016-01-05']]);
    expect(report.diff?.changedRows).toEqual([
      { key: ['2016-01-02'], cells: [{ column: 'sales', reference: '20', candidate: '21' }], moreColumns: 0 },
      {
        key: ['2016-01-03'],
        cells: [
          { column: 'note', reference: 'ok', candidate: MISSING_TEXT },
          { column: 'updated', reference: '2016-02-01 08:00', candidate: '2016-02-01 09:15:30' },
        ],
        moreColumns: 0,
      },
      {
        key: ['2016-01-05'],
        cells: [
          { column: 'sales', reference: '50', candidate: '51' },
          { column: 'note', reference: 'ok', candidate: 'late' },
          { column: 'a', reference: '1', candidate: '2' },
          { column: 'b', reference: '1', candidate: '2' },
          { column: 'c', reference: '1', candidate: '2' },
        ],
        moreColumns: 2,
      },
    ]);
    const { renderMarkdown } = await import('../../../src/report/markdown.js');
    const { renderText } = await import('../../../src/report/text.js');
    const { renderHtml } = await import('../../../src/report/html.js');
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| changed row (day) | reference → candidate |');
    expect(markdown).toContain('| 2016-01-02 | sales: 20 → 21 |');
    expect(markdown).toContain(
      '| 2016-01-05 | sales: 50 → 51; note: ok → late; a: 1 → 2; b: 1 → 2; c: 1 → 2; … 2 more |',
    );
    expect(markdown).not.toContain('T00:00:00');
    expect(markdown).not.toMatch(/- changed: /);
    const text = renderText(report);
    expect(text).toContain('  changed rows (reference -> candidate):');
    expect(text).toContain(
      '    2016-01-03: note ok -> (missing); updated 2016-02-01 08:00 -> 2016-02-01 09:15:30',
    );
    expect(text).not.toContain('e.g. changed');
    const html = renderHtml(report);
    expect(html).toContain('<td>2016-01-02</td><td>sales</td><td>20</td><td>21</td>');
  });

  it('shows milliseconds of a datetime key only when it has some', async () => {
    const head = 'at,v\n';
    const tables = await loadTexts(
      `${head}2016-01-01 00:00:00.250,1\n2016-01-02,2\n2016-01-03,3\n`,
      `${head}2016-01-01 00:00:00.250,5\n2016-01-02,2\n2016-01-03,3\n`,
    );
    const settings = resolveSettings([{ source: 'test', values: { key: 'at', multivariate: false } }]);
    const diff = compareTables(tables.reference, tables.candidate, settings).diff;
    expect(diff?.changedRows).toEqual([
      {
        key: ['2016-01-01 00:00:00.250'],
        cells: [{ column: 'v', reference: '1', candidate: '5' }],
        moreColumns: 0,
      },
    ]);
  });
});

describe('rendering the diff', () => {
  it('markdown and terminal show counts, changed columns and label flips, escaping data strings', async () => {
    const { renderMarkdown } = await import('../../../src/report/markdown.js');
    const { renderText } = await import('../../../src/report/text.js');
    const reference = table('ref.csv', [
      categoricalColumn('id', ['<img src=x>', 'b', 'c']),
      categoricalColumn('label', ['cat', 'cat', 'dog']),
    ]);
    const candidate = table('cand.csv', [
      categoricalColumn('id', ['<img src=x>', 'b', '\u001b[31mred']),
      categoricalColumn('label', ['dog', 'cat', 'dog']),
    ]);
    const settings = resolveSettings([{ source: 'test', values: { key: 'id', target: 'label' } }]);
    const report = compareTables(reference, candidate, settings);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### Training-data diff');
    expect(markdown).toContain('**1** added · **1** removed · **1** changed · 1 unchanged');
    expect(markdown).toContain('| cat → dog | 1 |');
    expect(markdown).not.toContain('<img');
    const text = renderText(report);
    expect(text).toContain('by key id: 1 added, 1 removed, 1 changed, 1 unchanged');
    expect(text).toContain('cat -> dog: 1');
    expect(text).not.toContain('\u001b[31m');
  });
});
