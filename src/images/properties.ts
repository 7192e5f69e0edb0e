/**
 * Per-image properties as two Tables (one row per readable image), so the caller can run the
 * engine's ordinary column comparison on them (compareTables) and a reviewer sees *what* changed:
 * numeric brightness, contrast, dark_share, bright_share, width, height, aspect_ratio; categorical
 * format and size ("W x H").
 */
import {
  type CategoricalColumn,
  isCategoricalColumn,
  type NumericColumn,
  type Table,
} from '../data/table.js';
import { formatMeasure, formatValue } from '../report/format.js';
import type { ConstantProperty } from '../report/model.js';
import type { ImageRecord, ImageSet } from './read.js';

/** Column names of the property tables, with what a change means, for sentences in the report. */
export const IMAGE_PROPERTIES = {
  brightness: { label: 'brightness', up: 'images got brighter', down: 'images got darker' },
  contrast: { label: 'contrast', up: 'images got more contrast', down: 'images got less contrast' },
  dark_share: { label: 'share of dark pixels', up: 'more dark pixels', down: 'fewer dark pixels' },
  bright_share: { label: 'share of bright pixels', up: 'more bright pixels', down: 'fewer bright pixels' },
  width: { label: 'width', up: 'images got wider', down: 'images got narrower' },
  height: { label: 'height', up: 'images got taller', down: 'images got shorter' },
  aspect_ratio: {
    label: 'aspect ratio',
    up: 'images got wider for their height',
    down: 'images got taller for their width',
  },
} as const;

export type NumericImageProperty = keyof typeof IMAGE_PROPERTIES;

const NUMERIC: readonly [NumericImageProperty, (image: ImageRecord) => number][] = [
  ['brightness', (image) => image.brightness],
  ['contrast', (image) => image.contrast],
  ['dark_share', (image) => image.darkShare],
  ['bright_share', (image) => image.brightShare],
  ['width', (image) => image.width],
  ['height', (image) => image.height],
  ['aspect_ratio', (image) => image.width / image.height],
];

/**
 * One Table per side with a row per readable image (in name order), without the properties that
 * are the same for every image on both sides (e.g. width 28 in a dataset of 28 x 28 images): those
 * cannot drift, so they are listed once in `constant` instead of diluting the drift share.
 */
export function imagePropertyTables(
  reference: ImageSet,
  candidate: ImageSet,
): { reference: Table; candidate: Table; constant: ConstantProperty[] } {
  const a = propertyTable(reference);
  const b = propertyTable(candidate);
  const constant: ConstantProperty[] = [];
  const keep = a.columns.map((column, i) => {
    const value = singleValue(column, b.columns[i]);
    if (value === null) return true;
    constant.push({ name: column.name, value });
    return false;
  });
  return {
    reference: { ...a, columns: a.columns.filter((_, i) => keep[i]) },
    candidate: { ...b, columns: b.columns.filter((_, i) => keep[i]) },
    constant,
  };
}

/** The one value both columns hold in every row, as text, or null when they vary (or a side is empty). */
function singleValue(a: Table['columns'][number], b: Table['columns'][number]): string | null {
  if (isCategoricalColumn(a) && isCategoricalColumn(b)) {
    const used = new Set<string>();
    for (const code of a.codes) used.add(a.levels[code]);
    for (const code of b.codes) used.add(b.levels[code]);
    return used.size === 1 && a.codes.length > 0 && b.codes.length > 0 ? [...used][0] : null;
  }
  if ('values' in a && 'values' in b && a.values.length > 0 && b.values.length > 0) {
    const first = a.values[0];
    for (const value of a.values) if (value !== first) return null;
    for (const value of b.values) if (value !== first) return null;
    return formatValue(first);
  }
  return null;
}

export function propertyTable(set: ImageSet): Table {
  const numeric: NumericColumn[] = NUMERIC.map(([name, value]) => ({
    name,
    type: 'numeric',
    values: Float64Array.from(set.images, value),
    missing: 0,
  }));
  return {
    source: set.source,
    rows: set.images.length,
    delimiter: '',
    columns: [
      ...numeric,
      categorical(
        'format',
        set.images.map((image) => image.format),
      ),
      categorical(
        'size',
        set.images.map((image) => `${image.width}x${image.height}`),
      ),
    ],
  };
}

function categorical(name: string, values: readonly string[]): CategoricalColumn {
  const levels: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((value, i) => {
    let code = index.get(value);
    if (code === undefined) {
      code = levels.length;
      levels.push(value);
      index.set(value, code);
    }
    codes[i] = code;
  });
  return { name, type: 'categorical', codes, levels, missing: 0 };
}

/**
 * A sentence for a property column the caller found drifted, e.g. "images got brighter (mean
 * brightness 0.286 -> 0.412)"; for format and size, the classes that appeared or disappeared.
 */
export function describePropertyChange(column: string, reference: Table, candidate: Table): string {
  const ref = reference.columns.find((c) => c.name === column);
  const cand = candidate.columns.find((c) => c.name === column);
  if (!ref || !cand) return `${column} changed`;
  if ('values' in ref && 'values' in cand && column in IMAGE_PROPERTIES) {
    const property = IMAGE_PROPERTIES[column as NumericImageProperty];
    const a = meanOf(ref.values);
    const b = meanOf(cand.values);
    const direction = b > a ? property.up : b < a ? property.down : `${property.label} changed in spread`;
    return `${direction} (mean ${property.label} ${formatMeasure(a)} -> ${formatMeasure(b)})`;
  }
  if (isCategoricalColumn(ref) && isCategoricalColumn(cand)) {
    const before = new Set(ref.levels);
    const after = new Set(cand.levels);
    const appeared = cand.levels.filter((level) => !before.has(level));
    const gone = ref.levels.filter((level) => !after.has(level));
    const parts: string[] = [];
    if (appeared.length > 0)
      parts.push(`new ${column}${appeared.length > 1 ? 's' : ''}: ${appeared.join(', ')}`);
    if (gone.length > 0) parts.push(`${column}${gone.length > 1 ? 's' : ''} gone: ${gone.join(', ')}`);
    return parts.length > 0 ? parts.join('; ') : `the mix of ${column}s changed`;
  }
  return `${column} changed`;
}

function meanOf(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  return values.length > 0 ? sum / values.length : 0;
}
