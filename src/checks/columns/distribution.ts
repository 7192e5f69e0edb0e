/**
 * Shared histograms of both sides, not used to decide anything: small ones for the summary's
 * sketches (`distribution`), finer ones for the HTML report's charts (`histogram`).
 */
import { formatBinEdge } from '../../report/format.js';
import type { Distribution, Histogram } from '../../report/model.js';
import type { CategoricalInput, NumericInput, StatInput } from '../../stats/types.js';
import { searchLeft } from '../../stats/util.js';

const SKETCH_BINS = 10;
const SKETCH_CATEGORIES = 8;
/** Equal-width bins of a chart's histogram: the Rice rule 2 n^(1/3) on the smaller side, within these bounds. */
const CHART_MIN_BINS = 10;
const CHART_MAX_BINS = 40;
/** Integer columns spanning at most this many values get one chart bin per integer. */
const CHART_INTEGER_SPAN = 60;
/** Categories drawn in a chart before the rest is pooled as "other". */
const CHART_CATEGORIES = 20;

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

/** Shares of the `limit` most common categories (both sides together), the rest pooled as "other (N)". O(levels log levels). */
function topCategories(
  input: CategoricalInput,
  limit: number,
): { labels: string[]; reference: number[]; candidate: number[] } | null {
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
  const shown = order.length > limit ? order.slice(0, limit - 1) : order;
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

/** Shares of the most common categories (both sides together), the rest pooled as "other". */
export function categoricalDistribution(input: CategoricalInput): Distribution | null {
  return topCategories(input, SKETCH_CATEGORIES);
}

/** Shares of a sorted sample in the bins [edges[i], edges[i + 1]); the end bins take what lies beyond. O(bins log n). */
function binShares(sorted: Float64Array, edges: readonly number[]): number[] {
  const out: number[] = [];
  let below = 0;
  const bins = edges.length - 1;
  for (let bin = 0; bin < bins; bin++) {
    const upTo = bin === bins - 1 ? sorted.length : searchLeft(sorted, edges[bin + 1]);
    out.push((upTo - below) / sorted.length);
    below = upTo;
  }
  return out;
}

function allIntegers(sorted: Float64Array): boolean {
  for (let i = 0; i < sorted.length; i++) if (!Number.isInteger(sorted[i])) return false;
  return true;
}

/**
 * The chart histogram of a numeric pair (inputs sorted): one bin per integer when both samples are
 * integers spanning at most CHART_INTEGER_SPAN values (edges at v - 0.5), else equal-width bins
 * (2 n^(1/3), Rice's rule, on the smaller side; 10 to 40) over the 0.5th to 99.5th percentile of both samples, values beyond in the end bins (as the
 * sketch, so one outlier cannot flatten the chart). O(n) for the integer test, O(bins log n) else.
 */
export function numericHistogram(input: NumericInput): Histogram | undefined {
  const { reference, candidate } = input;
  if (reference.length === 0 || candidate.length === 0) return undefined;
  const min = Math.min(reference[0], candidate[0]);
  const max = Math.max(reference[reference.length - 1], candidate[candidate.length - 1]);
  let edges: number[];
  if (max - min <= CHART_INTEGER_SPAN && allIntegers(reference) && allIntegers(candidate)) {
    edges = Array.from({ length: max - min + 2 }, (_, i) => min - 0.5 + i);
  } else {
    const smaller = Math.min(reference.length, candidate.length);
    const bins = Math.min(CHART_MAX_BINS, Math.max(CHART_MIN_BINS, Math.ceil(2 * Math.cbrt(smaller))));
    const low = Math.min(quantileSorted(reference, 0.005), quantileSorted(candidate, 0.005));
    const high = Math.max(quantileSorted(reference, 0.995), quantileSorted(candidate, 0.995));
    const span = high - low;
    // as in numericDistribution: the plain difference overflows near ±1e308
    const width = high > low ? (Number.isFinite(span) ? span / bins : high / bins - low / bins) : 1;
    edges = Array.from({ length: bins + 1 }, (_, i) => {
      const plain = low + i * width;
      return Number.isFinite(plain) ? plain : 2 * (low / 2 + i * (width / 2));
    });
    if (!(high > low)) edges = [low - 0.5, low + 0.5];
  }
  return {
    kind: 'numeric',
    edges,
    labels: [],
    reference: binShares(reference, edges),
    candidate: binShares(candidate, edges),
  };
}

/** The chart histogram of a categorical pair: the CHART_CATEGORIES most common categories of both sides, the rest as "other (N)". */
export function categoricalHistogram(input: CategoricalInput): Histogram | undefined {
  const shares = topCategories(input, CHART_CATEGORIES);
  return shares ? { kind: 'categorical', edges: [], ...shares } : undefined;
}

/** The sketch's distribution and the chart's histogram of one pair input. */
export function pairShares(input: StatInput): {
  distribution: Distribution | null;
  histogram: Histogram | undefined;
} {
  return input.kind === 'numeric'
    ? { distribution: numericDistribution(input), histogram: numericHistogram(input) }
    : { distribution: categoricalDistribution(input), histogram: categoricalHistogram(input) };
}
