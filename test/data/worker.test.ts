import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTables, parseWorkerPath } from '../../src/data/load.js';
import { UserInputError } from '../../src/errors.js';
import { compileWorker } from '../helpers/compile-worker.js';
import { fixture, plain, userError } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function buildWorker(outDir: string): string {
  return compileWorker('data/parse-worker.ts', outDir);
}

describe('parsing in worker threads gives the same Tables', () => {
  let dir = '';
  const saved = process.env.DRIFT_GATE_PARSE_WORKER;
  beforeAll(() => {
    // Inside the project (build/ is git-ignored) so the compiled files resolve node_modules.
    mkdirSync(path.join(root, 'build'), { recursive: true });
    dir = mkdtempSync(path.join(root, 'build', 'test-worker-'));
    process.env.DRIFT_GATE_PARSE_WORKER = buildWorker(dir);
  }, 120_000);
  afterAll(() => {
    if (saved === undefined) delete process.env.DRIFT_GATE_PARSE_WORKER;
    else process.env.DRIFT_GATE_PARSE_WORKER = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('same Tables as in-thread parsing', async () => {
    expect(parseWorkerPath()).toMatch(/parse-worker\.js$/);
    const reference = {
      label: 'rfc4180.csv',
      path: path.join(root, 'test', 'fixtures', 'csv', 'rfc4180.csv'),
    };
    const candidate = { label: 'tabs.tsv', bytes: fixture('tabs.tsv') };
    const viaWorker = await loadTables(reference, candidate);
    process.env.DRIFT_GATE_PARSE_WORKER = 'off';
    expect(parseWorkerPath()).toBeNull();
    const inThread = await loadTables(reference, candidate);
    process.env.DRIFT_GATE_PARSE_WORKER = path.join(dir, 'data', 'parse-worker.js');
    expect(plain(viaWorker.reference)).toEqual(plain(inThread.reference));
    expect(plain(viaWorker.candidate)).toEqual(plain(inThread.candidate));
  });

  it('a UserInputError crosses the thread boundary intact', async () => {
    const error = await userError(() =>
      loadTables(
        { label: 'bad.csv', bytes: fixture('ragged.csv') },
        { label: 'ok.csv', bytes: fixture('tabs.tsv') },
      ),
    );
    expect(error).toBeInstanceOf(UserInputError);
    expect(error.describe()).toBe(
      'bad.csv:3: this row has 1 field but the header has 2 (check for an unquoted delimiter or a missing field)',
    );
  });

  it('falls back to this thread when the worker file is broken', async () => {
    const broken = path.join(dir, 'broken-worker.js');
    writeFileSync(broken, 'throw new Error("broken");\n');
    const previous = process.env.DRIFT_GATE_PARSE_WORKER;
    process.env.DRIFT_GATE_PARSE_WORKER = broken;
    try {
      const { reference } = await loadTables(
        { label: 'rfc4180.csv', path: path.join(root, 'test', 'fixtures', 'csv', 'rfc4180.csv') },
        { label: 'tabs.tsv', path: path.join(root, 'test', 'fixtures', 'csv', 'tabs.tsv') },
      );
      expect(reference.rows).toBe(4);
    } finally {
      process.env.DRIFT_GATE_PARSE_WORKER = previous;
    }
  });
});
