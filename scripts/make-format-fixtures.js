// Writes test/fixtures/formats/: the same tables as CSV, Parquet, JSON Lines, JSON arrays and
// gzip/zstd-compressed CSV/TSV, all written by DuckDB (@duckdb/node-api, a devDependency), for the
// test that every format gives the report of the CSV (test/data/formats-identity.test.ts), and a
// Parquet file with the types a pipeline writes (test/data/parquet.test.ts).
//   cars/      examples/data/*.csv (the originals stay there) as .parquet (snappy), .jsonl,
//              .csv.gz, and train.tsv.zst, incoming.json
//   flights/   vega-datasets flights-10k.json (public), the first and last 5,000 flights, as
//              .csv, .parquet (snappy, row groups of 2,048 rows), .jsonl, .json, .csv.gz
//   weather/   vega-datasets weather.csv split by location (Seattle, New York), the same formats
//   typed.parquet  Parquet v2, zstd, row groups of 2,048: ints, a decimal, a timestamp, a date,
//              dictionary-coded strings with nulls, a boolean, a list and a struct column
// Run: node scripts/make-format-fixtures.js (from the repository root; needs only npm packages).
import { mkdirSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const OUT = 'test/fixtures/formats';
const VEGA = 'node_modules/vega-datasets/data';

const db = await DuckDBInstance.create(':memory:');
const sql = await db.connect();
// One thread keeps the rows in their order and lets ROW_GROUP_SIZE cut row groups (at 2,048 rows,
// DuckDB's vector size, the smallest it writes).
await sql.run('SET threads = 1');

/** Writes table `name` as `<dir>/<base>.<format>` for each format. */
async function writeAll(name, dir, base, formats) {
  mkdirSync(`${OUT}/${dir}`, { recursive: true });
  const path = (ext) => `'${OUT}/${dir}/${base}.${ext}'`;
  const copies = {
    csv: `COPY ${name} TO ${path('csv')} (FORMAT csv, HEADER)`,
    parquet: `COPY ${name} TO ${path('parquet')} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 2048)`,
    jsonl: `COPY ${name} TO ${path('jsonl')} (FORMAT json)`,
    json: `COPY ${name} TO ${path('json')} (FORMAT json, ARRAY true)`,
    'csv.gz': `COPY ${name} TO ${path('csv.gz')} (FORMAT csv, HEADER, COMPRESSION gzip)`,
    'tsv.zst': `COPY ${name} TO ${path('tsv.zst')} (FORMAT csv, HEADER, DELIMITER '\t', COMPRESSION zstd)`,
  };
  for (const format of formats) await sql.run(copies[format]);
}

for (const base of ['train', 'incoming', 'train-all', 'stable', 'broken']) {
  await sql.run(`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('examples/data/${base}.csv')`);
  const extra = base === 'train' ? ['tsv.zst'] : base === 'incoming' ? ['json'] : [];
  await writeAll('t', 'cars', base, ['parquet', 'jsonl', 'csv.gz', ...extra]);
}

// flights: the date column as a timestamp (a typed pipeline's Parquet), delay as a plain integer.
await sql.run(
  `CREATE TABLE flights AS SELECT strptime(date, '%Y/%m/%d %H:%M') AS date, delay::INTEGER AS delay,
     distance::INTEGER AS distance, origin, destination FROM read_json('${VEGA}/flights-10k.json')`,
);
await sql.run('CREATE TABLE early AS SELECT * FROM flights ORDER BY date LIMIT 5000');
await sql.run('CREATE TABLE late AS SELECT * FROM flights ORDER BY date OFFSET 5000');
for (const side of ['early', 'late']) {
  await writeAll(side, 'flights', side, ['csv', 'parquet', 'jsonl', 'json', 'csv.gz']);
}

await sql.run(`CREATE TABLE weather AS SELECT * FROM read_csv('${VEGA}/weather.csv')`);
await sql.run(`CREATE TABLE seattle AS SELECT * FROM weather WHERE location = 'Seattle'`);
await sql.run(`CREATE TABLE newyork AS SELECT * FROM weather WHERE location = 'New York'`);
await writeAll('seattle', 'weather', 'seattle', ['csv', 'parquet', 'jsonl', 'csv.gz']);
await writeAll('newyork', 'weather', 'new-york', ['csv', 'parquet', 'jsonl', 'csv.gz']);

// 5,000 rows, row i: values computed from i so the test can recompute each one.
await sql.run(
  `COPY (SELECT
     i::INTEGER AS id,
     (i % 7)::BIGINT AS small_int,
     (i / 8.0)::DECIMAL(12, 3) AS amount,
     TIMESTAMP '2024-01-01 00:00:00' + to_seconds(i * 3600) AS seen_at,
     (DATE '2020-02-27' + (i % 5)::INTEGER) AS day,
     CASE WHEN i % 10 = 0 THEN NULL ELSE 'shop-' || (i % 3)::VARCHAR END AS shop,
     CASE WHEN i % 4 = 0 THEN NULL ELSE i % 2 = 0 END AS flag,
     CASE WHEN i % 5 = 0 THEN NULL ELSE i * 0.5 END AS score,
     [i, i + 1] AS pair,
     {'a': i, 'b': 'x'} AS nested
   FROM range(5000) t(i))
   TO '${OUT}/typed.parquet' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2048, PARQUET_VERSION v2)`,
);
console.log(`wrote ${OUT}`);
