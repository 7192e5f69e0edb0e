/** Distribution sketches in Unicode blocks, reference vs candidate on one shared scale. */
import type { Distribution } from './model.js';

export const BLOCKS = '▁▂▃▄▅▆▇█';
/** Drawn for a bin with a share of exactly zero (absent category / empty bin). */
export const EMPTY_BIN = '·';
/** Sketches wider than this merge adjacent bins. */
export const MAX_SKETCH_WIDTH = 24;

function finiteShare(x: number): number {
  return Number.isFinite(x) && x > 0 ? x : 0;
}

/** Sums adjacent bins so at most `width` remain. */
function merge(values: readonly number[], width: number): number[] {
  if (values.length <= width) return values.map(finiteShare);
  const out: number[] = new Array(width).fill(0);
  for (let i = 0; i < values.length; i++) {
    out[Math.floor((i * width) / values.length)] += finiteShare(values[i]);
  }
  return out;
}

/** One sketch scaled to `max`: any share > 0 draws at least `▁`, the maximum draws `█`, zero draws `·`. */
export function sketch(values: readonly number[], max: number): string {
  let out = '';
  for (const v of values) {
    const share = finiteShare(v);
    if (share === 0 || !(max > 0)) {
      out += EMPTY_BIN;
      continue;
    }
    const level = Math.min(BLOCKS.length - 1, Math.max(0, Math.ceil((share / max) * BLOCKS.length) - 1));
    out += BLOCKS[level];
  }
  return out;
}

/**
 * Reference and candidate sketches over the shared bins of a distribution, both scaled to the same
 * maximum so the heights compare. null when there is no distribution or no bins.
 */
export function sketchPair(
  distribution: Distribution | null,
  width = MAX_SKETCH_WIDTH,
): { reference: string; candidate: string } | null {
  if (!distribution) return null;
  const bins = Math.max(distribution.reference.length, distribution.candidate.length);
  if (bins === 0) return null;
  const pad = (xs: readonly number[]) => Array.from({ length: bins }, (_, i) => xs[i] ?? 0);
  const reference = merge(pad(distribution.reference), width);
  const candidate = merge(pad(distribution.candidate), width);
  const max = Math.max(0, ...reference, ...candidate);
  return { reference: sketch(reference, max), candidate: sketch(candidate, max) };
}

/** `▁▃▇▅▂ → ▂▅▇▃▁`, or null. */
export function sketchText(distribution: Distribution | null, width = MAX_SKETCH_WIDTH): string | null {
  const pair = sketchPair(distribution, width);
  return pair ? `${pair.reference} → ${pair.candidate}` : null;
}
