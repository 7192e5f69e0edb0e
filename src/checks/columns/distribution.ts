/**
 * Small shared histograms of both sides for the summary's sketches: not used to decide anything.
 */
import { formatBinEdge } from '../../report/format.js';
import type { Distribution } from '../../report/model.js';
import type { CategoricalInput, NumericInput } from '../../stats/types.js';
import { searchLeft } from '../../stats/util.js';

const SKETCH_BINS = 10;
const SKETCH_CATEGORIES = 8;

/** Value at quantile q of a sorted sample (numpy's linear method). O(1). */
function quantileSorted(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const fraction = position - below;
  const value = sorted[below] + (sorted[above] - sorted[below]) * fraction;
  // the difference overflows for values near ±1e308: interpolate without it
  return Number.isFinite(value) ? value : sorted[below] * (1 - fraction) + sorted[above] * fraction;
}

/**
 * Shares of both sides over 10 equal-width bins spanning the 1st to 99th percentile of both
 * samples (values beyond are counted in the end bins, so one outlier cannot flatten the sketch).
 * Inputs must be sorted. O(log n + log m) per bin.
 */
export function numericDistribution(input: NumericInput): Distribution | null {
  const { reference, candidate } = input;
  if (reference.length === 0 || candidate.length === 0) return null;
  const low = Math.min(quantileSorted(reference, 0.01), quantileSorted(candidate, 0.01));
  const high = Math.max(quantileSorted(reference, 0.99), quantileSorted(candidate, 0.99));
  // (high - low) overflows for values near ±1e308; the difference of the tenths does not
  const span = high - low;
  const width =
    high > low ? (Number.isFinite(span) ? span / SKETCH_BINS : high / SKETCH_BINS - low / SKETCH_BINS) : 1;
  /** The lower edge of bin i; halved first when the plain sum overflows (values near ±1e308). */
  const edge = (i: number): number => {
    const plain = low + i * width;
    return Number.isFinite(plain) ? plain : 2 * (low / 2 + i * (width / 2));
  };
  // bin i holds values in [low + i*width, low + (i+1)*width); the end bins also take what lies beyond
  const shares = (sorted: Float64Array): number[] => {
    const out: number[] = [];
    let below = 0;
    for (let bin = 0; bin < SKETCH_BINS; bin++) {
      const upTo = bin === SKETCH_BINS - 1 ? sorted.length : searchLeft(sorted, edge(bin + 1));
      out.push((upTo - below) / sorted.length);
      below = upTo;
    }
    return out;
  };
  const labels = Array.from({ length: SKETCH_BINS }, (_, i) => formatBinEdge(edge(i)));
  return { labels, reference: shares(reference), candidate: shares(candidate) };
}

/** Shares of the most common categories (both sides together), the rest pooled as "other". */
export function categoricalDistribution(input: CategoricalInput): Distribution | null {
  const totalRef = input.reference.reduce((a, b) => a + b, 0);
  const totalCand = input.candidate.reduce((a, b) => a + b, 0);
  if (totalRef === 0 || totalCand === 0) return null;
  const order = input.levels
    .map((_, i) => i)
    .sort(
      (a, b) =>
        input.reference[b] / totalRef +
        input.candidate[b] / totalCand -
        (input.reference[a] / totalRef + input.candidate[a] / totalCand),
    );
  const shown = order.length > SKETCH_CATEGORIES ? order.slice(0, SKETCH_CATEGORIES - 1) : order;
  const labels = shown.map((i) => input.levels[i]);
  const reference = shown.map((i) => input.reference[i] / totalRef);
  const candidate = shown.map((i) => input.candidate[i] / totalCand);
  if (shown.length < order.length) {
    labels.push(`other (${order.length - shown.length})`);
    reference.push(Math.max(0, 1 - reference.reduce((a, b) => a + b, 0)));
    candidate.push(Math.max(0, 1 - candidate.reduce((a, b) => a + b, 0)));
  }
  return { labels, reference, candidate };
}
