/**
 * Bench data: `node bench/generate.ts <outdir> [rows] [columns]` writes reference.csv and
 * candidate.csv (default 1,000,000 rows x 20 columns: 14 numeric, 6 categorical with 3..200
 * levels, ~2% missing; more columns repeat those 20 with a suffix, `num_00_1`, ...). Deterministic (seeded PRNG). The candidate shifts a few columns for real:
 * num_00 (mean +0.25 sd), num_03 (scale x1.5), num_07 (more missing: 8%), cat_2 (mix change).
 * Self-contained on purpose (runs with Node's type stripping; no imports from src/).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  let u = random();
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const round = (value: number, places: number): string => {
  const scale = 10 ** places;
  return String(Math.round(value * scale) / scale);
};

interface Spec {
  readonly name: string;
  readonly missing: number;
  readonly make: (random: () => number) => string;
}

/** Zipf-like weights over `levels` names, with an optional tilt for the candidate. */
function categorical(names: readonly string[], exponent: number): (random: () => number) => string {
  const weights = names.map((_, k) => 1 / (k + 1) ** exponent);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) {
    sum += weight / total;
    cumulative.push(sum);
  }
  return (random) => {
    const u = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return names[lo];
  };
}

function specs(candidate: boolean): Spec[] {
  const shift = candidate ? 0.25 : 0;
  const scale = candidate ? 1.5 : 1;
  const list: Spec[] = [
    { name: 'num_00', missing: 0.02, make: (r) => round(50 + 10 * (normal(r) + shift), 4) },
    { name: 'num_01', missing: 0.02, make: (r) => round(Math.exp(1 + 0.5 * normal(r)), 5) },
    { name: 'num_02', missing: 0.02, make: (r) => round(r() * 1000, 4) },
    { name: 'num_03', missing: 0.02, make: (r) => round(scale * normal(r), 6) },
    { name: 'num_04', missing: 0.02, make: (r) => String(Math.floor(-Math.log(1 - r()) * 40)) },
    { name: 'num_05', missing: 0.02, make: (r) => round(-Math.log(1 - r()) * 3.5, 5) },
    { name: 'num_06', missing: 0.02, make: (r) => round(100 * normal(r) - 20, 3) },
    { name: 'num_07', missing: candidate ? 0.08 : 0.02, make: (r) => round(r() * r() * 500, 4) },
    { name: 'num_08', missing: 0.02, make: (r) => String(Math.floor(18 + r() * 70)) },
    { name: 'num_09', missing: 0.02, make: (r) => round(1e-3 * normal(r), 8) },
    { name: 'num_10', missing: 0.02, make: (r) => round(20000 + 8000 * normal(r), 0) },
    { name: 'num_11', missing: 0.02, make: (r) => round(r() - 0.5, 6) },
    { name: 'num_12', missing: 0.02, make: (r) => (r() < 0.001 ? '1.5e-7' : round(3 * normal(r) + 7, 4)) },
    { name: 'num_13', missing: 0.02, make: (r) => round(Math.abs(normal(r)) * 12.5, 4) },
  ];
  const levelNames = (prefix: string, count: number): string[] =>
    Array.from({ length: count }, (_, k) => `${prefix}${String(k).padStart(3, '0')}`);
  list.push(
    { name: 'cat_0', missing: 0.02, make: categorical(['red', 'green', 'blue'], 0.5) },
    { name: 'cat_1', missing: 0.02, make: categorical(['north', 'south', 'east', 'west', 'center'], 1) },
    { name: 'cat_2', missing: 0.02, make: categorical(levelNames('g', 12), candidate ? 0.4 : 1.1) },
    { name: 'cat_3', missing: 0.02, make: categorical(levelNames('segment_', 30), 1) },
    { name: 'cat_4', missing: 0.02, make: categorical(levelNames('city_', 80), 0.8) },
    { name: 'cat_5', missing: 0.02, make: categorical(levelNames('sku-00', 200), 1.2) },
  );
  return list;
}

/** `count` columns: the 20 specs, repeated with a numeric suffix when more are asked for. */
function widened(candidate: boolean, count: number): Spec[] {
  const base = specs(candidate);
  return Array.from({ length: count }, (_, k) => {
    const spec = base[k % base.length];
    const round = Math.floor(k / base.length);
    return round === 0 ? spec : { ...spec, name: `${spec.name}_${round}` };
  });
}

async function writeFile(
  file: string,
  rows: number,
  count: number,
  seed: number,
  candidate: boolean,
): Promise<void> {
  const random = prng(seed);
  const columns = widened(candidate, count);
  const out = createWriteStream(file);
  const write = (chunk: string): Promise<void> =>
    new Promise((resolve, reject) => {
      out.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
  let chunk = `${columns.map((column) => column.name).join(',')}\n`;
  for (let row = 0; row < rows; row++) {
    let line = '';
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k];
      if (k > 0) line += ',';
      if (random() >= column.missing) line += column.make(random);
    }
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

async function main(): Promise<void> {
  const outdir = process.argv[2];
  if (!outdir) {
    process.stderr.write('usage: node bench/generate.ts <outdir> [rows] [columns]\n');
    process.exit(2);
  }
  const rows = process.argv[3] ? Number(process.argv[3]) : 1_000_000;
  const count = process.argv[4] ? Number(process.argv[4]) : 20;
  mkdirSync(outdir, { recursive: true });
  const started = Date.now();
  await Promise.all([
    writeFile(path.join(outdir, 'reference.csv'), rows, count, 20240601, false),
    writeFile(path.join(outdir, 'candidate.csv'), rows, count, 20240602, true),
  ]);
  process.stdout.write(
    `wrote ${rows} rows x ${count} columns to ${outdir} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

await main();
