/**
 * bench/peak-rss.js reports the whole process's peak memory and CPU once, at the main thread's
 * exit. Regression: `--import` preloads it into worker threads too, and a worker that exited early
 * printed the process's figures so far first, which the bench read (1M x 20: 372 MiB and 3.9 s
 * CPU reported where the process peaked at 513 MiB and used 6.6 s).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'drift-gate-peak-rss-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench/peak-rss.js', () => {
  it('prints one figure pair, from the main thread, after a worker that exits first', () => {
    const script = path.join(dir, 'grow-after-worker.mjs');
    writeFileSync(path.join(dir, 'idle-worker.mjs'), 'export {};\n');
    // the worker ends at once; the main thread then holds 200 MiB, which only its own exit sees
    writeFileSync(
      script,
      [
        "import { Worker } from 'node:worker_threads';",
        "const worker = new Worker(new URL('./idle-worker.mjs', import.meta.url));",
        "worker.once('exit', () => {",
        '  globalThis.held = new Float64Array(25 * 1024 * 1024).fill(1);',
        '});',
      ].join('\n'),
    );
    const result = spawnSync(process.execPath, ['--import', path.resolve('bench/peak-rss.js'), script], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const peaks = [...result.stderr.matchAll(/peak-rss-mb=(\d+)/g)].map((match) => Number(match[1]));
    expect(peaks).toHaveLength(1);
    expect(result.stderr.match(/cpu-s=/g)).toHaveLength(1);
    expect(peaks[0]).toBeGreaterThan(200);
  });
});
