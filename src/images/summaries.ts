/**
 * Robust per-image summaries of a size x size gray image (values in [0, 1]) for the image lenses:
 * the mean of each cell of a coarse GRID x GRID grid (where the content sits), the share of pixels
 * in each of HISTOGRAM_BINS intensity bins (the tonal mix), the edge energy (mean absolute
 * difference of neighbouring pixels: sharpness and clutter) and the flat share (share of inner
 * pixels exactly equal to their four neighbours: clean renders and scans have large perfectly flat
 * areas, sensor noise and compression grain destroy them even at one gray level). Written by hand:
 * a few loops over the pixels, O(size^2) per image.
 */

/** Cells per side of the coarse grid of block means. */
export const GRID = 4;
/** Equal-width intensity bins of the per-image histogram over [0, 1]. */
export const HISTOGRAM_BINS = 4;

/** Names of the summaries, in the order summarizeImage writes them. */
export const SUMMARY_NAMES: readonly string[] = [
  ...Array.from(
    { length: GRID * GRID },
    (_, i) => `block mean (row ${Math.floor(i / GRID) + 1}, column ${(i % GRID) + 1})`,
  ),
  ...Array.from(
    { length: HISTOGRAM_BINS },
    (_, i) => `share of pixels with gray ${i / HISTOGRAM_BINS}-${(i + 1) / HISTOGRAM_BINS}`,
  ),
  'edge energy',
  'flat share',
];

export const SUMMARY_COUNT = SUMMARY_NAMES.length;
/** Index of the flat share in a summary vector. */
export const FLAT_SHARE = SUMMARY_COUNT - 1;

/** Writes the SUMMARY_COUNT summaries of one image (`pixels`, size x size) into `out` at `offset`. */
export function summarizeImage(
  pixels: ArrayLike<number>,
  size: number,
  out: Float64Array,
  offset: number,
): void {
  const blockSums = new Float64Array(GRID * GRID);
  const blockCounts = new Float64Array(GRID * GRID);
  const histogram = new Float64Array(HISTOGRAM_BINS);
  let edges = 0;
  let edgePairs = 0;
  let flat = 0;
  let inner = 0;
  for (let y = 0; y < size; y++) {
    const cellRow = Math.min(GRID - 1, Math.floor((y * GRID) / size));
    for (let x = 0; x < size; x++) {
      const value = pixels[y * size + x];
      const cell = cellRow * GRID + Math.min(GRID - 1, Math.floor((x * GRID) / size));
      blockSums[cell] += value;
      blockCounts[cell]++;
      histogram[Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(value * HISTOGRAM_BINS)))]++;
      if (x + 1 < size) {
        edges += Math.abs(pixels[y * size + x + 1] - value);
        edgePairs++;
      }
      if (y + 1 < size) {
        edges += Math.abs(pixels[(y + 1) * size + x] - value);
        edgePairs++;
      }
      if (x > 0 && y > 0 && x + 1 < size && y + 1 < size) {
        inner++;
        if (
          pixels[y * size + x - 1] === value &&
          pixels[y * size + x + 1] === value &&
          pixels[(y - 1) * size + x] === value &&
          pixels[(y + 1) * size + x] === value
        )
          flat++;
      }
    }
  }
  let k = offset;
  for (let cell = 0; cell < GRID * GRID; cell++)
    out[k++] = blockCounts[cell] > 0 ? blockSums[cell] / blockCounts[cell] : 0;
  for (let bin = 0; bin < HISTOGRAM_BINS; bin++) out[k++] = histogram[bin] / (size * size);
  out[k++] = edgePairs > 0 ? edges / edgePairs : 0;
  out[k] = inner > 0 ? flat / inner : 0;
}

/** The summaries of `rows` images stored row-major in `pixels` (size * size values each): rows x SUMMARY_COUNT. */
export function summarizeImages(pixels: Float64Array, rows: number, size: number): Float64Array {
  const out = new Float64Array(rows * SUMMARY_COUNT);
  const d = size * size;
  for (let r = 0; r < rows; r++)
    summarizeImage(pixels.subarray(r * d, r * d + d), size, out, r * SUMMARY_COUNT);
  return out;
}

/** Column `j` of a rows x SUMMARY_COUNT summary matrix. */
export function summaryColumn(summaries: Float64Array, j: number): Float64Array {
  const rows = summaries.length / SUMMARY_COUNT;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) out[r] = summaries[r * SUMMARY_COUNT + j];
  return out;
}
