// Image drift benchmark: a reduced version of the protocol of "Failing Loudly: An Empirical Study of
// Methods for Detecting Dataset Shift" (Rabanser, Günnemann, Lipton, NeurIPS 2019) on Fashion-MNIST
// from Debian's `dataset-fashion-mnist` package (IDX files, gzip, read directly: nothing is downloaded).
//
//   npm run bench:images [-- --repetitions 20 --controls 10 --seed-base 1000 --folder DIR]
//
// (tsc emits to build/, which this script imports.) Per repetition: a reference of 1,000 clean
// training images (fitted once: PCA, held-out errors, summaries), then candidates of n = 10, 100 and
// 1,000 images drawn from the 10,000 test images after a shift, as the authors' code applies it
// (github.com/steverab/failing-loudly, shift_applicator.py + pipeline.py):
//   - Gaussian noise (gaussian_noise_subset): std 1, 10, 100 on the 0-255 scale added to a random
//     ceil(delta * N) of the pool, clipped to [0, 1]; here also rounded to 8 bits, as a PNG file of
//     the shifted image would be (the product reads image files);
//   - knock-out of class 0 (knockout_shift): the first ceil(delta * count) images of class 0 (made
//     even) are deleted from the pool;
// each for delta = 0.1, 0.5, 1.0; then the pool is shuffled and the first n images are the candidate.
// Unshifted controls: n random clean test images. The check runs once on pixels only and once with
// the class labels (as sub-folders would give them). Report seeds (--seed-base, default 1000) are
// not the seeds the lenses were tuned on (1..20).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import betainc from '@stdlib/math-base-special-betainc';

const built = new URL('../build/src/images/lenses.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('build/ is missing: run `npx tsc -p .` first (it emits to build/)\n');
  process.exit(2);
}
const { compareImages, fitImageReference, DEFAULT_IMAGE_ALPHA } = await import(built.href);
const { splitIndices } = await import(new URL('../build/src/multivariate/random.js', import.meta.url).href);
const { DEFAULT_VARIANCE_SHARE, DEFAULT_BAND_SIGMAS, DEFAULT_MIN_INCREASE, DEFAULT_TRAIN_SHARE } =
  await import(new URL('../build/src/multivariate/reconstruction.js', import.meta.url).href);

const { values: args } = parseArgs({
  options: {
    folder: { type: 'string', default: '/usr/share/datasets/fashion-mnist' },
    repetitions: { type: 'string', default: '20' },
    controls: { type: 'string', default: '10' },
    'seed-base': { type: 'string', default: '1000' },
    alpha: { type: 'string' },
  },
});
const folder = args.folder;
const REPETITIONS = Number(args.repetitions);
const CONTROLS = Number(args.controls);
const SEED_BASE = Number(args['seed-base']);
const REFERENCE = 1000;
const SIZES = [10, 100, 1000];
const FRACTIONS = [0.1, 0.5, 1.0];
const SHIFTS = [
  { name: 'small noise (std 1)', kind: 'noise', std: 1 },
  { name: 'medium noise (std 10)', kind: 'noise', std: 10 },
  { name: 'large noise (std 100)', kind: 'noise', std: 100 },
  { name: 'knock-out class 0', kind: 'knockout', cls: 0 },
];

if (!existsSync(path.join(folder, 'train-images-idx3-ubyte.gz'))) {
  process.stdout.write(
    `skipped: no Fashion-MNIST IDX files in ${folder} (apt-get install dataset-fashion-mnist)\n`,
  );
  process.exit(0);
}

function readIdx(file) {
  const bytes = gunzipSync(readFileSync(path.join(folder, file)));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims = view.getUint32(0) & 0xff;
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

function shuffled(values, random) {
  const out = Array.from(values);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function gaussian(random) {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const train = readIdx('train-images-idx3-ubyte.gz');
const trainLabels = readIdx('train-labels-idx1-ubyte.gz').data;
const test = readIdx('t10k-images-idx3-ubyte.gz');
const testLabels = readIdx('t10k-labels-idx1-ubyte.gz').data;
const SIDE = train.shape[1];
const D = SIDE * SIDE;
const POOL = test.shape[0];

/** Rows of `source` at `indices` as [0, 1] pixels; `noisy(i)` gives the noise std (0-255 scale) of row i. */
function pixels(source, indices, noiseStd, random) {
  const out = new Float64Array(indices.length * D);
  indices.forEach((index, row) => {
    const std = noiseStd ? noiseStd(index) : 0;
    for (let p = 0; p < D; p++) {
      const value = source.data[index * D + p];
      out[row * D + p] =
        std > 0 ? Math.round(Math.min(255, Math.max(0, value + std * gaussian(random)))) / 255 : value / 255;
    }
  });
  return out;
}

/** The candidate's pool indices (and which of them are noisy) for one shift, as the authors' code draws them. */
function shiftedCandidate(shift, fraction, n, random) {
  let pool = Array.from({ length: POOL }, (_, i) => i);
  let noisy = null;
  if (shift.kind === 'noise') {
    noisy = new Set(shuffled(pool, random).slice(0, Math.ceil(POOL * fraction)));
  } else {
    const ofClass = pool.filter((i) => testLabels[i] === shift.cls);
    let until = Math.ceil(fraction * ofClass.length);
    if (until % 2 !== 0) until++;
    const removed = new Set(ofClass.slice(0, until));
    pool = pool.filter((i) => !removed.has(i));
  }
  const chosen = shuffled(pool, random).slice(0, n);
  return {
    pixels: pixels(test, chosen, noisy ? (i) => (noisy.has(i) ? shift.std : 0) : null, random),
    rows: n,
    labels: chosen.map((i) => String(testLabels[i])),
  };
}

const options = {
  alpha: args.alpha === undefined ? DEFAULT_IMAGE_ALPHA : Number(args.alpha),
  varianceShare: DEFAULT_VARIANCE_SHARE,
  bandSigmas: DEFAULT_BAND_SIGMAS,
  minIncrease: DEFAULT_MIN_INCREASE,
};
const MODES = ['pixels only', 'with class labels'];
const detections = MODES.map(() => new Map()); // key shift|fraction|n -> count
const lensCounts = MODES.map(() => new Map()); // key shift|n|lens -> count
const falseAlarms = MODES.map(() => new Map(SIZES.map((n) => [n, 0])));
const started = performance.now();
process.stdout.write(
  `Fashion-MNIST from ${folder}: reference ${REFERENCE} training images, candidates from the ${POOL} test images; ` +
    `${REPETITIONS} repetitions (seeds ${SEED_BASE}..${SEED_BASE + REPETITIONS - 1}), ${CONTROLS} controls per n per repetition\n`,
);
for (let rep = 0; rep < REPETITIONS; rep++) {
  const seed = SEED_BASE + rep;
  const random = mulberry32(seed);
  const referenceIndex = shuffled(
    Array.from({ length: train.shape[0] }, (_, i) => i),
    random,
  ).slice(0, REFERENCE);
  const all = {
    pixels: pixels(train, referenceIndex),
    rows: REFERENCE,
    labels: referenceIndex.map((i) => String(trainLabels[i])),
  };
  const split = splitIndices(REFERENCE, DEFAULT_TRAIN_SHARE, seed);
  const part = (rows) => ({
    pixels: Float64Array.from(
      { length: rows.length * D },
      (_, k) => all.pixels[rows[Math.floor(k / D)] * D + (k % D)],
    ),
    rows: rows.length,
    labels: Array.from(rows, (r) => all.labels[r]),
  });
  const model = fitImageReference(part(split.training), part(split.heldOut), all, SIDE, options);
  const unlabeled = { ...model, labels: null, heldOutLabels: null };
  const run = (candidate, record) => {
    MODES.forEach((_, m) => {
      const result =
        m === 0
          ? compareImages(unlabeled, { ...candidate, labels: null }, options)
          : compareImages(model, candidate, options);
      record(m, result);
    });
  };
  for (const n of SIZES) {
    for (const shift of SHIFTS) {
      for (const fraction of FRACTIONS) {
        run(shiftedCandidate(shift, fraction, n, random), (m, result) => {
          const key = `${shift.name}|${fraction}|${n}`;
          if (result.drift) detections[m].set(key, (detections[m].get(key) ?? 0) + 1);
          for (const id of result.fired) {
            const lensKey = `${shift.name}|${n}|${id}`;
            lensCounts[m].set(lensKey, (lensCounts[m].get(lensKey) ?? 0) + 1);
          }
        });
      }
    }
    for (let c = 0; c < CONTROLS; c++) {
      const chosen = shuffled(
        Array.from({ length: POOL }, (_, i) => i),
        random,
      ).slice(0, n);
      run(
        { pixels: pixels(test, chosen), rows: n, labels: chosen.map((i) => String(testLabels[i])) },
        (m, result) => {
          if (result.drift) falseAlarms[m].set(n, falseAlarms[m].get(n) + 1);
          for (const id of result.fired) {
            const lensKey = `controls|${n}|${id}`;
            lensCounts[m].set(lensKey, (lensCounts[m].get(lensKey) ?? 0) + 1);
          }
        },
      );
    }
  }
  process.stderr.write(
    `repetition ${rep + 1}/${REPETITIONS} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );
}

/**
 * Clopper-Pearson upper end of the two-sided 95% interval of k of n: the x with
 * I_x(k + 1, n - k) = 0.975 (scipy.stats.beta.ppf(0.975, k + 1, n - k)), by bisection on
 * @stdlib's regularized incomplete beta.
 */
function upperBound(k, n) {
  if (k >= n) return 1;
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (betainc(mid, k + 1, n - k) < 0.975) low = mid;
    else high = mid;
  }
  return high;
}

const runs = REPETITIONS * (SIZES.length * SHIFTS.length * FRACTIONS.length + SIZES.length * CONTROLS);
MODES.forEach((mode, m) => {
  process.stdout.write(`\n### ${mode}: share of ${REPETITIONS} repetitions that found drift\n\n`);
  process.stdout.write(
    `| shift | fraction | ${SIZES.map((n) => `n = ${n.toLocaleString('en-US')}`).join(' | ')} |\n`,
  );
  process.stdout.write(`|---|--:|${SIZES.map(() => '--:').join('|')}|\n`);
  const means = SIZES.map(() => 0);
  for (const shift of SHIFTS) {
    for (const fraction of FRACTIONS) {
      const cells = SIZES.map((n, s) => {
        const share = (detections[m].get(`${shift.name}|${fraction}|${n}`) ?? 0) / REPETITIONS;
        means[s] += share / (SHIFTS.length * FRACTIONS.length);
        return share.toFixed(2);
      });
      process.stdout.write(`| ${shift.name} | ${fraction * 100}% | ${cells.join(' | ')} |\n`);
    }
  }
  process.stdout.write(`| **mean detection** | | ${means.map((x) => `**${x.toFixed(2)}**`).join(' | ')} |\n`);
  const fp = SIZES.map((n) => {
    const k = falseAlarms[m].get(n);
    const total = REPETITIONS * CONTROLS;
    return `${k}/${total} (≤ ${(upperBound(k, total) * 100).toFixed(1)}%)`;
  });
  process.stdout.write(`| false positives on controls (95% upper bound) | | ${fp.join(' | ')} |\n`);
  process.stdout.write('\nLenses that fired (share of the shifted runs of each shift, all fractions):\n');
  for (const shift of SHIFTS) {
    const parts = SIZES.map((n) => {
      const fired = [...lensCounts[m].entries()]
        .filter(([key]) => key.startsWith(`${shift.name}|${n}|`))
        .map(
          ([key, count]) => `${key.split('|')[2]} ${(count / (REPETITIONS * FRACTIONS.length)).toFixed(2)}`,
        );
      return `n=${n}: ${fired.join(', ') || 'none'}`;
    });
    process.stdout.write(`- ${shift.name}: ${parts.join('; ')}\n`);
  }
  const controlLenses = SIZES.map((n) => {
    const fired = [...lensCounts[m].entries()]
      .filter(([key]) => key.startsWith(`controls|${n}|`))
      .map(([key, count]) => `${key.split('|')[2]} ${count}`);
    return `n=${n}: ${fired.join(', ') || 'none'}`;
  });
  process.stdout.write(`- false alarms on controls, by lens: ${controlLenses.join('; ')}\n`);
});
process.stdout.write(
  `\n${runs} runs per mode in ${((performance.now() - started) / 1000).toFixed(0)} s (the reference fitted once per repetition)\n`,
);
