// npm run bench: generates (once, deterministically, not committed) bench/data/reference.csv and
// candidate.csv, 1,000,000 rows x 20 columns each (bench/generate.ts), then times the bundled CLI
// end to end (load both files + compare every column + write the JSON report), three runs.
// Prints wall seconds (each run and the median) and the peak resident memory of the process.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'bench/data';
const rows = process.argv[3] ?? '1000000';
const reference = join(dir, 'reference.csv');
const candidate = join(dir, 'candidate.csv');
if (!existsSync(reference) || !existsSync(candidate)) {
  process.stdout.write(`generating ${rows} rows x 20 columns per side in ${dir} ...\n`);
  execFileSync(process.execPath, ['bench/generate.ts', dir, rows], { stdio: 'inherit' });
}
if (!existsSync('dist/cli.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const out = mkdtempSync(join(tmpdir(), 'drift-bench-'));
const seconds = [];
let peakMb = 0;
for (let run = 0; run < 3; run++) {
  const report = join(out, `report-${run}.json`);
  const started = performance.now();
  // --import reports the child's own peak RSS (main thread and parse worker) when it exits
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      './bench/peak-rss.js',
      'dist/cli.js',
      '--reference',
      reference,
      '--candidate',
      candidate,
      '--report-json',
      report,
    ],
    { encoding: 'utf8' },
  );
  seconds.push((performance.now() - started) / 1000);
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`drift-gate exited ${result.status}: ${result.stderr}`);
  peakMb = Math.max(peakMb, Number(/peak-rss-mb=(\d+)/.exec(result.stderr)?.[1] ?? 0));
  if (run === 0) {
    const parsed = JSON.parse(readFileSync(report, 'utf8'));
    process.stdout.write(
      `verdict ${parsed.verdict}; drifted: ${parsed.dataset.driftedColumns.join(', ')} (${parsed.reference.rows} + ${parsed.candidate.rows} rows)\n`,
    );
  }
}
const median = [...seconds].sort((a, b) => a - b)[1];
process.stdout.write(
  `load + compare, 2 x ${rows} rows x 20 columns: ${seconds.map((s) => s.toFixed(2)).join(' s, ')} s ` +
    `(median ${median.toFixed(2)} s), peak RSS ${peakMb} MB\n`,
);

// reference profiles and DuckDB (bench/profiles.js): profile size, compare time, 20M-row Parquet
execFileSync(process.execPath, ['bench/profiles.js', dir], { stdio: 'inherit' });
