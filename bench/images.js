// Image drift benchmark on real data: Fashion-MNIST from Debian's `dataset-fashion-mnist` package
// (apt-get install dataset-fashion-mnist; IDX files, gzip, read directly: nothing is downloaded).
//
//   npx tsc -p . && node bench/images.js [idx-folder]
//
// (tsc emits to build/, which this script imports.) Each scenario takes 1,000 reference and 1,000
// candidate 28 x 28 images, writes them as PNG files into temp folders (not timed), then times the
// end-to-end path: readImageFolder on both folders + imageDrift. Scenarios: a same-distribution
// split (no drift expected), other classes (drift expected), added Gaussian noise at two strengths.
// Then the false-alarm rate of the same-distribution split over 20 seeds (in memory, no files).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PNG } from 'pngjs';

const built = new URL('../build/src/images/index.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('build/ is missing: run `npx tsc -p .` first (it emits to build/)\n');
  process.exit(2);
}
const { imageDrift, readImageFolder } = await import(built.href);

const folder = process.argv[2] ?? '/usr/share/datasets/fashion-mnist';
const CLASSES = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
];
const SIDE = 1000;

function readIdx(file) {
  const bytes = gunzipSync(readFileSync(path.join(folder, file)));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  const dims = magic & 0xff;
  const shape = Array.from({ length: dims }, (_, i) => view.getUint32(4 + 4 * i));
  return { shape, data: bytes.subarray(4 + 4 * dims) };
}

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(indices, random) {
  const out = [...indices];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

if (!existsSync(path.join(folder, 'train-images-idx3-ubyte.gz'))) {
  process.stderr.write(`no Fashion-MNIST IDX files in ${folder}: apt-get install dataset-fashion-mnist\n`);
  process.exit(2);
}
const images = readIdx('train-images-idx3-ubyte.gz');
const labels = readIdx('train-labels-idx1-ubyte.gz').data;
const [count, rows, cols] = images.shape;
const pixels = rows * cols;
const image = (i) => images.data.subarray(i * pixels, (i + 1) * pixels);

/** 8-bit gray image `i`, optionally with Gaussian noise of sd `noise` (on the [0, 1] scale), clipped. */
function gray(i, noise, random) {
  const source = image(i);
  if (!noise) return source;
  const out = new Uint8Array(pixels);
  for (let p = 0; p < pixels; p++) {
    const u = 1 - random();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    out[p] = Math.round(Math.min(1, Math.max(0, source[p] / 255 + noise * z)) * 255);
  }
  return out;
}

function writeFolder(dir, indices, noise = 0, seed = 1) {
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(seed);
  for (const [n, i] of indices.entries()) {
    const png = new PNG({ width: cols, height: rows, colorType: 0, inputColorType: 0, bitDepth: 8 });
    const g = gray(i, noise, random);
    for (let p = 0; p < pixels; p++) {
      png.data[4 * p] = g[p];
      png.data[4 * p + 1] = g[p];
      png.data[4 * p + 2] = g[p];
      png.data[4 * p + 3] = 255;
    }
    writeFileSync(path.join(dir, `${String(n).padStart(4, '0')}-${labels[i]}.png`), PNG.sync.write(png));
  }
}

const random = mulberry32(7);
const all = shuffle(
  Array.from({ length: count }, (_, i) => i),
  random,
);
const ofClasses = (wanted) => all.filter((i) => wanted.includes(labels[i]));
const tops = ofClasses([0, 2, 4, 6]); // T-shirt/top, Pullover, Coat, Shirt
const footwear = ofClasses([5, 7, 9]); // Sandal, Sneaker, Ankle boot
const scenarios = [
  {
    name: 'same distribution (random split, all classes)',
    reference: all.slice(0, SIDE),
    candidate: all.slice(SIDE, 2 * SIDE),
    expect: false,
  },
  {
    name: 'other classes (tops -> footwear)',
    reference: tops.slice(0, SIDE),
    candidate: footwear.slice(0, SIDE),
    expect: true,
  },
  {
    name: 'other classes (all but Bag -> Bag)',
    reference: all.filter((i) => labels[i] !== 8).slice(0, SIDE),
    candidate: ofClasses([8]).slice(0, SIDE),
    expect: true,
  },
  {
    name: 'Gaussian noise sd 0.05',
    reference: all.slice(0, SIDE),
    candidate: all.slice(SIDE, 2 * SIDE),
    noise: 0.05,
    expect: null,
  },
  {
    name: 'Gaussian noise sd 0.2',
    reference: all.slice(0, SIDE),
    candidate: all.slice(SIDE, 2 * SIDE),
    noise: 0.2,
    expect: true,
  },
];

const root = mkdtempSync(path.join(tmpdir(), 'drift-gate-bench-images-'));
process.stdout.write(
  `Fashion-MNIST (${count} training images, ${rows} x ${cols}) from ${folder}; ${SIDE} vs ${SIDE} images per scenario\n\n`,
);
const lines = [];
try {
  for (const [n, scenario] of scenarios.entries()) {
    const refDir = path.join(root, `s${n}-reference`);
    const candDir = path.join(root, `s${n}-candidate`);
    writeFolder(refDir, scenario.reference);
    writeFolder(candDir, scenario.candidate, scenario.noise ?? 0, 100 + n);
    const started = performance.now();
    const reference = await readImageFolder(refDir);
    const candidate = await readImageFolder(candDir);
    const read = performance.now();
    const result = imageDrift(reference, candidate);
    const done = performance.now();
    const r = result.reconstruction;
    const verdict = result.drift ? 'DRIFT' : 'no drift';
    const expected =
      scenario.expect === null ? '' : scenario.expect === result.drift ? ' (as expected)' : ' (UNEXPECTED)';
    const line =
      `${scenario.name}: ${verdict}${expected}; error ${r.candidateMeanError.toFixed(3)} vs baseline ` +
      `${r.baselineMeanError.toFixed(3)} (${r.relativeIncreasePercent >= 0 ? '+' : ''}${r.relativeIncreasePercent}%, ` +
      `band <= ${r.bandUpper.toFixed(3)}), ${r.components} components (${(r.explainedVariance * 100).toFixed(0)}% variance); ` +
      `read ${((read - started) / 1000).toFixed(2)} s + drift ${((done - read) / 1000).toFixed(2)} s = ` +
      `${((done - started) / 1000).toFixed(2)} s end to end`;
    lines.push(line);
    process.stdout.write(`${line}\n`);
    if (n === 1) {
      const worst = result.worst
        .slice(0, 3)
        .map((w) => `${w.name} (${CLASSES[Number(w.name.slice(5, -4))]}) ${w.error.toFixed(2)}`);
      process.stdout.write(`  worst candidate images: ${worst.join(', ')}\n`);
    }
  }

  // false alarms of the same-distribution split over 20 seeds, in memory
  let alarms = 0;
  let maxIncrease = Number.NEGATIVE_INFINITY;
  const started = performance.now();
  for (let seed = 1; seed <= 20; seed++) {
    const order = shuffle(all, mulberry32(1000 + seed));
    const toSet = (indices, name) => ({
      source: name,
      size: 28,
      errors: [],
      ignoredFiles: 0,
      images: indices.map((i, k) => ({
        name: `${k}.png`,
        width: 28,
        height: 28,
        format: 'png',
        brightness: 0,
        contrast: 0,
        darkShare: 0,
        brightShare: 0,
        pixels: Float32Array.from(image(i), (v) => v / 255),
      })),
    });
    const result = imageDrift(toSet(order.slice(0, SIDE), 'a'), toSet(order.slice(SIDE, 2 * SIDE), 'b'), {
      seed,
    });
    if (result.drift) alarms++;
    maxIncrease = Math.max(maxIncrease, result.reconstruction.relativeIncreasePercent);
  }
  process.stdout.write(
    `\nsame-distribution splits over 20 seeds: ${alarms} false alarm(s); largest relative increase ${maxIncrease}% ` +
      `(${((performance.now() - started) / 1000 / 20).toFixed(2)} s per comparison in memory)\n`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
