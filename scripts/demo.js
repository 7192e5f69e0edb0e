// npm start: runs the bundled CLI on the example data in examples/data/ (public Auto MPG cars from
// the npm package vega-datasets): first a random split of the same cars (passes), then cars of
// 1970-1976 against 1979-1982 (fuel economy really moved: fails), then the same cars after a
// broken pipeline (grams for pounds, dropped values and column, duplicates: fails), then eight monthly
// batches of cars as periods (scripts/make-period-examples.js: Weight_in_lbs creeps up 4% a month,
// Horsepower jumps 30% from 2026-06) with fail-on-period: any. Shows each exit status and writes the
// HTML report of each run into reports/ (gitignored).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const runs = [
  ['examples/data/train-all.csv', 'examples/data/stable.csv', 'a random split of the same cars', 'stable'],
  ['examples/data/train.csv', 'examples/data/incoming.csv', 'cars of 1970-1976 vs 1979-1982', 'incoming'],
  [
    'examples/data/train-all.csv',
    'examples/data/broken.csv',
    'the same cars after a broken pipeline',
    'broken',
  ],
  [
    'examples/data/train-all.csv',
    'examples/data/monthly/*.csv',
    'eight months of cars as periods: a creep and a jump',
    'monthly',
    ['--fail-on-period', 'any'],
  ],
];
mkdirSync('reports', { recursive: true });
const written = [];
for (const [reference, candidate, what, name, extra = []] of runs) {
  const html = `reports/${name}.html`;
  written.push(html);
  const shown = candidate.includes('*') ? `'${candidate}'` : candidate;
  const command = ['drift-gate --reference', reference, '--candidate', shown, ...extra].join(' ');
  process.stdout.write(`\n$ ${command}    # ${what}\n\n`);
  const result = spawnSync(
    process.execPath,
    ['dist/cli.js', '--reference', reference, '--candidate', candidate, ...extra, '--html', html],
    {
      stdio: 'inherit',
    },
  );
  const meaning = { 0: 'pass', 1: 'drift beyond the thresholds', 2: 'bad usage or unreadable input' };
  process.stdout.write(`\nexit status ${result.status} (${meaning[result.status] ?? 'unexpected'})\n`);
  if (result.status !== 0 && result.status !== 1) process.exitCode = result.status ?? 2;
}
process.stdout.write(`\nHTML reports (charts per column; open in a browser): ${written.join(', ')}\n`);
