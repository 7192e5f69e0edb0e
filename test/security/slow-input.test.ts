/**
 * A long run of digits in a text field took quadratic time in the type-change check (the number
 * pattern `\d+\.?\d*` backtracks): a 100 KB field took 27 s, a 10 MB field held the job. Now linear.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.js';
import { resolveSettings } from '../../src/settings/settings.js';

it('a 2 MB field of digits is compared in seconds', async () => {
  const root = mkdtempSync(join(tmpdir(), 'drift-gate-slow-'));
  const rows = Array.from({ length: 100 }, (_, i) => `${i},${i % 9}`);
  writeFileSync(join(root, 'a.csv'), ['id,b', ...rows].join('\n'));
  const candidate = ['id,b', ...rows];
  candidate[5] = `5,"${'9'.repeat(2 * 1024 * 1024)}x"`;
  writeFileSync(join(root, 'b.csv'), candidate.join('\n'));
  const settings = resolveSettings([
    { source: 'test', values: { reference: 'a.csv', candidate: 'b.csv', 'fail-on': 'never' } },
  ]);
  const started = performance.now();
  const report = await runPipeline(settings, { root, confineToRoot: true, referenceRevision: null });
  expect(performance.now() - started).toBeLessThan(20_000);
  expect(report.quality.some((finding) => finding.column === 'b')).toBe(true);
}, 60_000);
