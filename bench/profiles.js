// Part of `npm run bench` (called by bench/run.js): reference profiles and DuckDB.
//  1. `drift-gate profile` of the bench reference (time, peak RSS) and the profile's size;
//  2. the bench candidate compared against that profile vs against the raw reference, alternated
//     (three runs each; median wall time and peak RSS);
//  3. `drift-gate profile --engine duckdb` of a Parquet file of DUCKDB_ROWS rows (default 20M;
//     8 columns: 5 numbers, 3 texts) written by DuckDB itself into a temp dir: time and the Node
//     process's peak RSS (DuckDB runs inside it). Skipped with a line when DuckDB cannot load.
// Usage: node bench/profiles.js <dir with reference.csv and candidate.csv> [duckdb rows]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'bench/data';
const duckdbRows = Number(process.argv[3] ?? process.env.DUCKDB_ROWS ?? 20_000_000);
const reference = join(dir, 'reference.csv');
const candidate = join(dir, 'candidate.csv');
const out = mkdtempSync(join(tmpdir(), 'drift-bench-profiles-'));
const profile = join(out, 'reference.profile.json');

/** Runs the bundled CLI with the peak-RSS hook; returns seconds and MB. */
function cli(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', './bench/peak-rss.js', 'dist/cli.js', ...args], {
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`drift-gate exited ${result.status}: ${result.stderr}`);
  return { seconds, mb: Number(/peak-rss-mb=(\d+)/.exec(result.stderr)?.[1] ?? 0), stdout: result.stdout };
}

const made = cli(['profile', '--reference', reference, '--out', profile]);
const bytes = statSync(profile).size;
process.stdout.write(
  `profile of ${reference}: ${made.seconds.toFixed(2)} s, peak RSS ${made.mb} MB, ${(bytes / 1024).toFixed(0)} KiB (${(statSync(reference).size / bytes).toFixed(0)}x smaller than the CSV)\n`,
);

const runs = { profile: [], raw: [] };
const peaks = { profile: 0, raw: 0 };
for (let run = 0; run < 3; run++) {
  for (const [name, ref] of [
    ['profile', profile],
    ['raw', reference],
  ]) {
    const result = cli([
      '--reference',
      ref,
      '--candidate',
      candidate,
      '--report-json',
      join(out, `${name}.json`),
    ]);
    runs[name].push(result.seconds);
    peaks[name] = Math.max(peaks[name], result.mb);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[1];
process.stdout.write(
  `candidate vs profile: median ${median(runs.profile).toFixed(2)} s, peak RSS ${peaks.profile} MB; ` +
    `vs raw reference (same runs, alternated): median ${median(runs.raw).toFixed(2)} s, peak RSS ${peaks.raw} MB\n`,
);

let duckdb;
try {
  const name = '@duckdb/node-api';
  duckdb = await import(name);
} catch (error) {
  process.stdout.write(
    `DuckDB profiling skipped: @duckdb/node-api cannot load (${error.message.split('\n')[0]})\n`,
  );
  process.exit(0);
}
const parquet = join(out, 'big.parquet');
const started = performance.now();
const connection = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
await connection.run(
  `COPY (SELECT range AS id, random() * 1000 AS a, exp(random() * 5) AS b, (range % 977) * 1.5 AS c, random() - 0.5 AS d, ` +
    `CASE WHEN range % 11 = 0 THEN NULL ELSE random() END AS e, 'k' || (range % 50) AS f, CASE WHEN random() < 0.5 THEN 'yes' ELSE 'no' END AS g, ` +
    `'s' || (range % 5000) AS h FROM range(${duckdbRows})) TO '${parquet}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 1000000)`,
);
connection.closeSync();
process.stdout.write(
  `wrote ${duckdbRows} rows x 9 columns of Parquet with DuckDB: ${((performance.now() - started) / 1000).toFixed(1)} s, ${(statSync(parquet).size / 2 ** 20).toFixed(0)} MiB\n`,
);
const big = cli([
  'profile',
  '--engine',
  'duckdb',
  '--reference',
  parquet,
  '--out',
  join(out, 'big.profile.json'),
]);
process.stdout.write(
  `profile --engine duckdb of ${duckdbRows} rows: ${big.seconds.toFixed(1)} s, peak RSS ${big.mb} MB (Node process, DuckDB inside), profile ${(statSync(join(out, 'big.profile.json')).size / 1024).toFixed(0)} KiB\n`,
);
rmSync(out, { recursive: true, force: true });
