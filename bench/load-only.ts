/**
 * Times loadTables on the bench files: `npx tsc -p . --outDir build && node build/bench/load-only.js [dir]`
 * (the compiled tree puts parse-worker.js next to load.js, so the worker path is used; set
 * DRIFT_GATE_PARSE_WORKER=off for in-thread parsing). Prints seconds and peak RSS.
 */
import path from 'node:path';
import { loadTables, parseWorkerPath } from '../src/data/load.js';

const dir = process.argv[2] ?? 'bench/data';
const started = performance.now();
const { reference, candidate } = await loadTables(
  { label: 'reference.csv', path: path.join(dir, 'reference.csv') },
  { label: 'candidate.csv', path: path.join(dir, 'candidate.csv') },
);
const seconds = (performance.now() - started) / 1000;
const peakMb = process.resourceUsage().maxRSS / 1024;
const types = reference.columns.map((column) => column.type);
process.stdout.write(
  `${parseWorkerPath() ? 'worker threads' : 'in-thread'}: loaded ${reference.rows} + ${candidate.rows} rows x ` +
    `${reference.columns.length} columns in ${seconds.toFixed(2)} s, peak RSS ${peakMb.toFixed(0)} MB\n` +
    `types: ${types.join(' ')}\n`,
);
