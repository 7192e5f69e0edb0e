// Where the time goes: runs the bundled CLI once under `node --cpu-prof` (main thread and each
// worker write a .cpuprofile) and prints, per thread, the functions with the most self time.
//
//   node bench/profile.js [reference.csv candidate.csv]   (default: the csv-1m bench files)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [reference = 'bench/data/1m/reference.csv', candidate = 'bench/data/1m/candidate.csv'] =
  process.argv.slice(2);
const dir = mkdtempSync(path.join(tmpdir(), 'drift-gate-profile-'));
const started = performance.now();
spawnSync(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-dir', dir, 'dist/cli.js', '--reference', reference, '--candidate', candidate],
  { stdio: 'ignore' },
);
process.stdout.write(`wall ${((performance.now() - started) / 1000).toFixed(2)} s; profiles in ${dir}\n`);
for (const file of readdirSync(dir).sort()) {
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length) / 1000;
  for (const id of profile.samples) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${path.basename(url)}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + interval);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`\n${file}: ${(total / 1000).toFixed(2)} s sampled\n`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    process.stdout.write(`  ${(ms / 1000).toFixed(2)} s  ${((100 * ms) / total).toFixed(1)}%  ${key}\n`);
  }
}
