/**
 * Resizing a grayscale image to size x size by area averaging (a box filter: each output pixel is
 * the mean of the source area it covers, fractional overlaps weighted), separable: rows first, then
 * columns. The aspect ratio is not kept (the image is stretched to a square; the aspect ratio is
 * compared as a property instead). Cost O(width * height + size * height + size * size).
 */

/** For each output index, the source indices and weights (summing to 1) it averages over. */
function axisWeights(source: number, target: number): { start: Int32Array; weights: Float64Array[] } {
  const start = new Int32Array(target);
  const weights: Float64Array[] = [];
  const scale = source / target;
  for (let o = 0; o < target; o++) {
    const from = o * scale;
    const to = (o + 1) * scale;
    const first = Math.floor(from);
    const last = Math.min(source - 1, Math.ceil(to) - 1);
    const w = new Float64Array(last - first + 1);
    for (let s = first; s <= last; s++) {
      w[s - first] = Math.min(to, s + 1) - Math.max(from, s);
    }
    let total = 0;
    for (const value of w) total += value;
    for (let i = 0; i < w.length; i++) w[i] /= total;
    start[o] = first;
    weights.push(w);
  }
  return { start, weights };
}

/** `gray` (width x height, row-major) resized to size x size by area averaging. */
export function resizeArea(gray: Float32Array, width: number, height: number, size: number): Float32Array {
  if (width === size && height === size) return Float32Array.from(gray);
  const horizontal = axisWeights(width, size);
  const vertical = axisWeights(height, size);
  // rows first: height x size
  const rows = new Float64Array(height * size);
  for (let y = 0; y < height; y++) {
    const base = y * width;
    for (let x = 0; x < size; x++) {
      const w = horizontal.weights[x];
      const first = base + horizontal.start[x];
      let sum = 0;
      for (let i = 0; i < w.length; i++) sum += w[i] * gray[first + i];
      rows[y * size + x] = sum;
    }
  }
  const out = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    const w = vertical.weights[y];
    const first = vertical.start[y];
    for (let x = 0; x < size; x++) {
      let sum = 0;
      for (let i = 0; i < w.length; i++) sum += w[i] * rows[(first + i) * size + x];
      out[y * size + x] = sum;
    }
  }
  return out;
}
