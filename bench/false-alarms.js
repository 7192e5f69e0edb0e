// node bench/false-alarms.js [runs]: the false-alarm rate of the trend patterns on unchanged data.
// Each run draws (seeded) 6,000 reference flights and 12 batches of 1,000 more from the public
// flights-20k table of vega-datasets (as test/engine/periods-data.ts does), nothing changed, and
// runs the bundled CLI on the glob of batches; counts runs and columns with a jump, creep or spike.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 20);
const flights = JSON.parse(readFileSync('node_modules/vega-datasets/data/flights-20k.json', 'utf8'));
const line = (f) => `${f.delay},${f.distance},${f.origin},${f.destination}`;
const HEADER = 'delay,distance,origin,destination';

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const counts = { jump: 0, creep: 0, spike: 0 };
let runsWithJumpOrCreep = 0;
let columns = 0;
for (let seed = 1000; seed < 1000 + runs; seed++) {
  const next = random(seed);
  const rows = flights.slice();
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  const root = mkdtempSync(join(tmpdir(), 'drift-false-alarms-'));
  mkdirSync(join(root, 'in'));
  writeFileSync(join(root, 'reference.csv'), [HEADER, ...rows.slice(0, 6000).map(line)].join('\n'));
  for (let p = 0; p < 12; p++) {
    const batch = rows.slice(6000 + p * 1000, 7000 + p * 1000).map(line);
    writeFileSync(
      join(root, 'in', `2026-${String(p + 1).padStart(2, '0')}.csv`),
      [HEADER, ...batch].join('\n'),
    );
  }
  const report = join(root, 'report.json');
  const result = spawnSync(
    process.execPath,
    [
      join(process.cwd(), 'dist/cli.js'),
      '--reference',
      'reference.csv',
      '--candidate',
      'in/*.csv',
      '--report-json',
      report,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr);
  const trend = JSON.parse(readFileSync(report, 'utf8')).trend.columns;
  columns += trend.length;
  for (const t of trend) if (t.pattern in counts) counts[t.pattern]++;
  if (trend.some((t) => t.pattern === 'jump' || t.pattern === 'creep')) runsWithJumpOrCreep++;
}
process.stdout.write(
  `${runs} runs x 12 unchanged batches (${columns} column trends): ${runsWithJumpOrCreep} runs with a jump or creep; ` +
    `columns: ${counts.jump} jump, ${counts.creep} creep, ${counts.spike} spike\n`,
);
