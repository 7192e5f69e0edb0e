// Part of npm run bench (called from bench/run.js, or alone: node bench/formats.js [dir]): the same
// 1,000,000 x 20 reference/candidate pair as CSV and as Parquet (written once by DuckDB from the
// CSVs, snappy, DuckDB's default row groups of 122,880 rows; not committed), each compared by the
// bundled CLI, CSV and Parquet runs alternated (three each) so machine load hits both alike.
// Prints wall seconds (median) and the peak resident memory of the process for each format.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'bench/data';
const csv = { reference: join(dir, 'reference.csv'), candidate: join(dir, 'candidate.csv') };
const parquet = { reference: join(dir, 'reference.parquet'), candidate: join(dir, 'candidate.parquet') };
if (!existsSync(csv.reference) || !existsSync(csv.candidate)) {
  throw new Error(`no bench data in ${dir}: run npm run bench (bench/run.js generates it)`);
}
if (!existsSync(parquet.reference) || !existsSync(parquet.candidate)) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const sql = await db.connect();
  for (const side of ['reference', 'candidate']) {
    process.stdout.write(`writing ${parquet[side]} with DuckDB ...\n`);
    await sql.run(
      `COPY (SELECT * FROM read_csv('${csv[side]}')) TO '${parquet[side]}' (FORMAT parquet, COMPRESSION snappy)`,
    );
  }
}

const out = mkdtempSync(join(tmpdir(), 'drift-bench-formats-'));
/** One CLI run: wall seconds, peak RSS (MB) and the report. */
function run(pair, name) {
  const report = join(out, `${name}.json`);
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      './bench/peak-rss.js',
      'dist/cli.js',
      '--reference',
      pair.reference,
      '--candidate',
      pair.candidate,
      '--report-json',
      report,
    ],
    { encoding: 'utf8' },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`drift-gate exited ${result.status}: ${result.stderr}`);
  }
  const peakMb = Number(/peak-rss-mb=(\d+)/.exec(result.stderr)?.[1] ?? 0);
  return { seconds, peakMb, report: JSON.parse(readFileSync(report, 'utf8')) };
}

const results = { csv: [], parquet: [] };
for (let round = 0; round < 3; round++) {
  results.csv.push(run(csv, `csv-${round}`));
  results.parquet.push(run(parquet, `parquet-${round}`));
}
const drifted = (r) => r.report.dataset.driftedColumns.join(', ');
if (
  drifted(results.csv[0]) !== drifted(results.parquet[0]) ||
  results.csv[0].report.verdict !== results.parquet[0].report.verdict
) {
  process.stdout.write(`NOTE: the Parquet run's verdict differs from the CSV run's\n`);
}
const mb = (path) => (statSync(path).size / 1e6).toFixed(0);
for (const [format, pair] of [
  ['CSV', csv],
  ['Parquet', parquet],
]) {
  const runs = results[format === 'CSV' ? 'csv' : 'parquet'];
  const seconds = runs.map((r) => r.seconds);
  const median = [...seconds].sort((a, b) => a - b)[1];
  process.stdout.write(
    `${format} (${mb(pair.reference)} + ${mb(pair.candidate)} MB), load + compare: ` +
      `${seconds.map((s) => s.toFixed(2)).join(' s, ')} s (median ${median.toFixed(2)} s), ` +
      `peak RSS ${Math.max(...runs.map((r) => r.peakMb))} MB; verdict ${runs[0].report.verdict}, drifted: ${drifted(runs[0])}\n`,
  );
}
