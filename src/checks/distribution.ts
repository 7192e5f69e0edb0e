/**
 * Small shared histograms of both sides for the summary's sketches: not used to decide anything.
 */
import type { Distribution } from '../report/model.js';
import type { CategoricalInput, NumericInput } from '../stats/types.js';

const SKETCH_BINS = 10;
const SKETCH_CATEGORIES = 8;

/** Value at quantile q of a sorted sample (numpy's linear method). O(1). */
function quantileSorted(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * Shares of both sides over 10 equal-width bins spanning the 1st to 99th percentile of both
 * samples (values beyond are counted in the end bins, so one outlier cannot flatten the sketch).
 * Inputs must be sorted. O(n + m).
 */
export function numericDistribution(input: NumericInput): Distribution | null {
  const { reference, candidate } = input;
  if (reference.length === 0 || candidate.length === 0) return null;
  const low = Math.min(quantileSorted(reference, 0.01), quantileSorted(candidate, 0.01));
  const high = Math.max(quantileSorted(reference, 0.99), quantileSorted(candidate, 0.99));
  const width = high > low ? (high - low) / SKETCH_BINS : 1;
  const shares = (values: Float64Array): number[] => {
    const counts = new Array<number>(SKETCH_BINS).fill(0);
    for (let i = 0; i < values.length; i++) {
      const bin = Math.floor((values[i] - low) / width);
      counts[bin < 0 ? 0 : bin >= SKETCH_BINS ? SKETCH_BINS - 1 : bin]++;
    }
    return counts.map((count) => count / values.length);
  };
  const labels = Array.from({ length: SKETCH_BINS }, (_, i) => formatEdge(low + i * width));
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

function formatEdge(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(3);
}
