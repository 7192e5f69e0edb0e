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
  let worker = '';
  beforeAll(() => {
    // Inside the project (build/ is git-ignored) so the compiled files resolve node_modules.
    mkdirSync(path.join(root, 'build'), { recursive: true });
    dir = mkdtempSync(path.join(root, 'build', 'test-worker-'));
    worker = buildWorker(dir);
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('same Tables as in-thread parsing', async () => {
    expect(parseWorkerPath(worker)).toBe(worker);
    expect(parseWorkerPath('off')).toBeNull();
    expect(parseWorkerPath(path.join(dir, 'missing.js'))).toBeNull();
    // running from sources: no built worker next to load.ts
    expect(parseWorkerPath()).toBeNull();
    const reference = {
      label: 'rfc4180.csv',
      path: path.join(root, 'test', 'fixtures', 'csv', 'rfc4180.csv'),
    };
    const candidate = { label: 'tabs.tsv', bytes: fixture('tabs.tsv') };
    const viaWorker = await loadTables(reference, candidate, { worker });
    const inThread = await loadTables(reference, candidate, { worker: 'off' });
    expect(plain(viaWorker.reference)).toEqual(plain(inThread.reference));
    expect(plain(viaWorker.candidate)).toEqual(plain(inThread.candidate));
  });

  it('a UserInputError crosses the thread boundary intact', async () => {
    const error = await userError(() =>
      loadTables(
        { label: 'bad.csv', bytes: fixture('ragged.csv') },
        { label: 'ok.csv', bytes: fixture('tabs.tsv') },
        { worker },
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
    const { reference } = await loadTables(
      { label: 'rfc4180.csv', path: path.join(root, 'test', 'fixtures', 'csv', 'rfc4180.csv') },
      { label: 'tabs.tsv', path: path.join(root, 'test', 'fixtures', 'csv', 'tabs.tsv') },
      { worker: broken },
    );
    expect(reference.rows).toBe(4);
  });
});
