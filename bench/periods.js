// npm run bench:periods: scheduled monitoring at scale. 50 periods of 100,000 rows x 20 columns (one
// generated candidate file, hard-linked 50 times as bench/data/periods/p01.csv ... p50.csv) against
// the 1,000,000-row reference of `npm run bench` (bench/generate.ts; generated once, not committed).
// Times the bundled CLI end to end (load the reference once, each period: the full comparison with
// the reference and the column tests against the period before; the trends; the JSON report) and
// prints wall seconds, seconds per period and the peak resident memory.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'bench/data';
const periods = Number(process.argv[3] ?? 50);
const periodRows = process.argv[4] ?? '100000';
const reference = join(dir, 'reference.csv');
if (!existsSync(reference)) {
  process.stdout.write(`generating the 1,000,000-row reference in ${dir} ...\n`);
  execFileSync(process.execPath, ['bench/generate.ts', dir, '1000000'], { stdio: 'inherit' });
}
const source = join(dir, `period-${periodRows}`);
if (!existsSync(join(source, 'candidate.csv'))) {
  execFileSync(process.execPath, ['bench/generate.ts', source, periodRows], { stdio: 'inherit' });
}
const folder = join(dir, 'periods');
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
for (let i = 1; i <= periods; i++)
  linkSync(join(source, 'candidate.csv'), join(folder, `p${String(i).padStart(2, '0')}.csv`));
if (!existsSync('dist/cli.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const report = join(mkdtempSync(join(tmpdir(), 'drift-bench-periods-')), 'report.json');
const started = performance.now();
const result = spawnSync(
  process.execPath,
  [
    '--import',
    './bench/peak-rss.js',
    'dist/cli.js',
    '--reference',
    reference,
    '--candidate',
    `${folder}/*.csv`,
    '--report-json',
    report,
  ],
  { encoding: 'utf8' },
);
const seconds = (performance.now() - started) / 1000;
if (result.status !== 0 && result.status !== 1)
  throw new Error(`drift-gate exited ${result.status}: ${result.stderr}`);
const peakMb = Number(/peak-rss-mb=(\d+)/.exec(result.stderr)?.[1] ?? 0);
const parsed = JSON.parse(readFileSync(report, 'utf8'));
const patterns = parsed.trend.columns.map((t) => t.pattern);
process.stdout.write(
  `${parsed.periods.length} periods x ${periodRows} rows x 20 columns against ${parsed.reference.rows} reference rows: ` +
    `${seconds.toFixed(1)} s (${(seconds / periods).toFixed(2)} s a period), peak RSS ${peakMb} MB; ` +
    `trends: ${patterns.filter((p) => p !== 'stable').length} of ${patterns.length} columns not stable\n`,
);
