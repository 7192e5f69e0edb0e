/**
 * A reference profile turned back into a raw scan of pseudo-rows, so the comparison runs through
 * the same type inference and the same tests as a raw reference: each number bucket's count at its
 * lower edge (the empirical CDF within ±rankError of the true one), each kept category with its
 * exact count, missing and coerced cells as counted. Row order means nothing (each column is
 * sorted on its own), so the checks that need rows are skipped by the caller. A reference of more
 * than PSEUDO_MAX_ROWS rows is scaled down to that many (counts rounded cumulatively).
 * Cost O(pseudo-rows x columns).
 */
import type { RawColumn } from '../../data/columns.js';
import { MAX_DICTIONARY_LEVELS } from '../../data/dictionary.js';
import type { Delimiter, RawTable } from '../../data/scan.js';
import { sharedFloat64, sharedInt32, sharedUint32 } from '../../data/shared.js';
import type { CategoricalColumn, Column, Table } from '../../data/table.js';
import type { ProfileColumn, ProfileFile } from '../../report/model.js';

/** At most this many pseudo-rows are rebuilt (about 16 MB per number column). */
export const PSEUDO_MAX_ROWS = 2_000_000;
/** The one category the levels beyond a profile's top K become, on both sides. */
export const OTHER_LEVEL = '(other categories)';
const SYNTHETIC = '\u0000profile:';

/** Scales counts summing to `total` so they sum to `target`, rounding the running sum (no count drifts by more than 1). */
export function scaleCounts(counts: readonly number[], total: number, target: number): number[] {
  if (total === target || total === 0) return [...counts];
  const out: number[] = [];
  let running = 0;
  let previous = 0;
  for (const count of counts) {
    running += count;
    const next = Math.round((running * target) / total);
    out.push(next - previous);
    previous = next;
  }
  return out;
}

function pseudoColumn(column: ProfileColumn, rows: number, scaledRows: number): RawColumn {
  const parts = scaleCounts([column.present, column.coerced, column.missing], rows, scaledRows);
  const [present, coerced, missing] = parts;
  const base = {
    name: column.name,
    forced: (column.forced ?? null) as RawColumn['forced'],
    kind: column.kind,
    overflow: false,
    missing,
    nullLike: [] as number[],
    allInteger: column.allInteger,
    coercedCount: coerced,
    coerced: [],
  };
  if ((column.kind === 'number' || column.kind === 'date') && column.numbers) {
    const values = sharedFloat64(scaledRows);
    const sketch = column.numbers;
    let row = 0;
    if (column.identifier === 'row-id') {
      const span = sketch.max - sketch.min;
      for (; row < present; row++) {
        values[row] = present > 1 ? sketch.min + Math.round((row * span) / (present - 1)) : sketch.min;
      }
    } else {
      const counts = scaleCounts(sketch.counts, column.present, present);
      sketch.values.forEach((value, j) => {
        values.fill(value, row, row + counts[j]);
        row += counts[j];
      });
    }
    const bad = column.kind === 'number' && column.forced === null ? Infinity : Number.NaN;
    values.fill(bad, present, present + coerced);
    values.fill(Number.NaN, present + coerced);
    return { ...base, values, codes: null, levels: null };
  }
  if (column.kind === 'text') {
    const codes = sharedInt32(scaledRows).fill(-1);
    if (column.identifier === 'unique') {
      const distinct = column.distinct;
      if (distinct === null || distinct > MAX_DICTIONARY_LEVELS) {
        return { ...base, values: null, codes: null, levels: null, overflow: true };
      }
      const scaledDistinct = Math.max(
        1,
        Math.min(present, Math.round((distinct * present) / Math.max(1, column.present))),
      );
      const levels = Array.from({ length: scaledDistinct }, (_, i) => `${SYNTHETIC}unique ${i}`);
      for (let row = 0; row < present; row++) codes[row] = row < scaledDistinct ? row : 0;
      return { ...base, values: null, codes, levels };
    }
    const categories = column.categories;
    if (!categories) return { ...base, values: null, codes, levels: [] };
    const otherLevels = Math.min(categories.otherLevels, Math.max(0, categories.otherCount));
    const levels = [...categories.levels];
    const counts = [...categories.counts];
    // the values beyond the top K as that many distinct stand-ins (merged again after typing)
    for (let i = 0; i < otherLevels; i++) {
      levels.push(`${SYNTHETIC}other ${i}`);
      counts.push(
        Math.floor(categories.otherCount / otherLevels) + (i < categories.otherCount % otherLevels ? 1 : 0),
      );
    }
    const scaled = scaleCounts(counts, column.present, present);
    let row = 0;
    scaled.forEach((count, code) => {
      codes.fill(code, row, row + count);
      row += count;
    });
    return { ...base, values: null, codes, levels, nullLike: [...categories.nullLike] };
  }
  return { ...base, kind: 'skip', values: null, codes: null, levels: null };
}

/** The profile as a raw scan of at most PSEUDO_MAX_ROWS pseudo-rows. */
export function pseudoRawTable(profile: ProfileFile, maxRows = PSEUDO_MAX_ROWS): RawTable {
  const rows = Math.min(profile.rows, maxRows);
  const rowLines = sharedUint32(rows);
  for (let i = 0; i < rows; i++) rowLines[i] = i + 2;
  return {
    source: profile.source,
    delimiter: (profile.delimiter || ',') as Delimiter,
    rows,
    rowLines,
    columns: profile.columns.map((column) => pseudoColumn(column, profile.rows, rows)),
  };
}

/** A categorical column with the levels outside `kept` merged into OTHER_LEVEL. O(rows). */
function merged(column: CategoricalColumn, kept: ReadonlySet<string>): CategoricalColumn {
  const levels = column.levels.filter((level) => kept.has(level));
  const index = new Map(levels.map((level, code) => [level, code]));
  const other = levels.length;
  levels.push(OTHER_LEVEL);
  const map = column.levels.map((level) => index.get(level) ?? other);
  const codes = sharedInt32(column.codes.length);
  for (let i = 0; i < codes.length; i++) codes[i] = column.codes[i] < 0 ? -1 : map[column.codes[i]];
  const nullLike = (column.nullLike ?? []).map((code) => map[code]).filter((code) => code !== other);
  return { ...column, codes, levels, ...(column.nullLike ? { nullLike } : {}) };
}

/**
 * The text columns whose profile kept only the top K: on both sides every other category becomes
 * OTHER_LEVEL (the reference's names beyond the top K are unknown). Returns the merged column names.
 */
export function mergeBeyondTopK(
  profile: ProfileFile,
  tables: { reference: Table; candidate: Table },
): { reference: Table; candidate: Table; merged: string[] } {
  const truncated = new Map(
    profile.columns
      .filter((column) => column.categories && column.categories.otherLevels > 0)
      .map((column) => [column.name, new Set(column.categories?.levels)]),
  );
  const names: string[] = [];
  const fix = (table: Table): Table => ({
    ...table,
    columns: table.columns.map((column): Column => {
      const kept = truncated.get(column.name);
      if (!kept || column.type !== 'categorical') return column;
      if (!names.includes(column.name)) names.push(column.name);
      return merged(column, kept);
    }),
  });
  return { reference: fix(tables.reference), candidate: fix(tables.candidate), merged: names };
}
