/** Deterministic random numbers for tests (mulberry32; Box-Muller for normals). */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normals(random: () => number, count: number, mean = 0, sd = 1): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const u = 1 - random();
    const v = random();
    out[i] = mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  return out;
}
