import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedOutsideRange, recordedSummary } from '../../src/checks/columns/prepare.js';
import { loadTables } from '../../src/data/load.js';
import { isNumericColumn } from '../../src/data/table.js';
import { type ColumnShareResult, type ColumnWork, newQueue } from '../../src/engine/column-shares.js';
import { compareTables, compareTablesWith, type JointRunner } from '../../src/engine/compare.js';
import {
  columnWork,
  compareWorkerPath,
  jointChecksInWorker,
  runJointChecks,
} from '../../src/engine/joint.js';
import { UserInputError } from '../../src/errors.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings.js';
import { waitingWorkers } from '../../src/workers/thread.js';
import { bytesOf, userError } from '../data/helpers.js';
import { compileWorker } from '../helpers/compile-worker.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function buildWorker(outDir: string): string {
  return compileWorker('engine/compare-worker.ts', outDir);
}

/** A small side: numbers, a category, an id key, some duplicated rows; `shift` moves the candidate. */
function csv(rows: number, shift: number, seed: number): string {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const lines = ['id,x,y,colour,count'];
  for (let i = 0; i < rows; i++) {
    const x = (next() * 10 + shift).toFixed(3);
    const y = (Number(x) * 2 + next()).toFixed(3);
    const colour = ['red', 'green', 'blue'][Math.floor(next() * 3)];
    const line = `${i},${x},${y},${colour},${Math.floor(next() * 50)}`;
    lines.push(line);
    if (i % 40 === 0) lines.push(`${i + 100000},${x},${y},${colour},7`);
  }
  return `${lines.join('\n')}\n`;
}

async function tables() {
  return loadTables(
    { label: 'reference.csv', bytes: bytesOf(csv(400, 0, 1)) },
    { label: 'candidate.csv', bytes: bytesOf(csv(300, 1.5, 2)) },
  );
}

const now = new Date('2026-01-01T00:00:00Z');

/** The compiled compare worker, built once for this file (joint checks and column shares alike). */
let dir = '';
let worker = '';
beforeAll(() => {
  // Inside the project (build/ is git-ignored) so the compiled files resolve node_modules.
  mkdirSync(path.join(root, 'build'), { recursive: true });
  dir = mkdtempSync(path.join(root, 'build', 'test-compare-worker-'));
  worker = buildWorker(dir);
}, 120_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the joint checks in a worker thread give the same Report', () => {
  /** The pipeline's runner with the compiled worker, as the adapters pass it down. */
  const runner: JointRunner = (r, c, request) => runJointChecks(r, c, request, worker);

  it('same Report as compareTables in this thread', async () => {
    expect(compareWorkerPath(worker)).toBe(worker);
    expect(compareWorkerPath('off')).toBeNull();
    // running from sources: no built worker next to joint.ts
    expect(compareWorkerPath()).toBeNull();
    const { reference, candidate } = await tables();
    for (const settings of [
      DEFAULT_SETTINGS,
      { ...DEFAULT_SETTINGS, key: ['id'], target: 'count' } satisfies Settings,
    ]) {
      // straight to the worker (no silent fallback), and through the pipeline's runner
      const viaWorker = await compareTablesWith(reference, candidate, settings, { now }, (r, c, request) =>
        jointChecksInWorker(worker, r, c, request),
      );
      expect(await compareTablesWith(reference, candidate, settings, { now }, runner)).toEqual(viaWorker);
      const inThread = compareTables(reference, candidate, settings, { now });
      expect(viaWorker.multivariate?.status).toBe('ok');
      expect(viaWorker.quality.length).toBeGreaterThan(0);
      expect(viaWorker).toEqual(inThread);
    }
  });

  it('the parse worker, handed on, runs the joint checks in its thread; same Report', async () => {
    const parseWorker = compileWorker('data/parse-worker.ts', dir);
    const sides = ['reference.csv', 'candidate.csv'].map((label, side) => {
      const file = path.join(dir, label);
      writeFileSync(file, side === 0 ? csv(400, 0, 1) : csv(300, 1.5, 2));
      return { label, path: file };
    });
    const { reference, candidate } = await loadTables(sides[0], sides[1], {
      worker: parseWorker,
      handParseWorkerTo: worker,
    });
    // the parse worker waits as a started compare worker; the joint checks' ask takes it (no
    // fallback to this thread here: a worker that failed to load the file would reject)
    expect(waitingWorkers(worker)).toBe(1);
    const report = await compareTablesWith(reference, candidate, DEFAULT_SETTINGS, { now }, (r, c, request) =>
      jointChecksInWorker(worker, r, c, request),
    );
    expect(waitingWorkers(worker)).toBe(0);
    expect(report.multivariate?.status).toBe('ok');
    expect(report).toEqual(compareTables(reference, candidate, DEFAULT_SETTINGS, { now }));
  }, 120_000);

  it('a check’s UserInputError crosses the thread boundary intact', async () => {
    const { reference, candidate } = await tables();
    const settings = { ...DEFAULT_SETTINGS, key: ['nope'] };
    const viaWorker = await userError(() =>
      compareTablesWith(reference, candidate, settings, { now }, runner),
    );
    const inThread = await userError(() => compareTables(reference, candidate, settings, { now }));
    expect(viaWorker).toBeInstanceOf(UserInputError);
    expect(viaWorker.describe()).toBe(inThread.describe());
  });

  it('falls back to this thread when the worker file is broken', async () => {
    const broken = path.join(dir, 'broken-worker.js');
    writeFileSync(broken, 'throw new Error("broken");\n');
    const { reference, candidate } = await tables();
    const report = await compareTablesWith(reference, candidate, DEFAULT_SETTINGS, { now }, (r, c, request) =>
      runJointChecks(r, c, request, broken),
    );
    expect(report).toEqual(compareTables(reference, candidate, DEFAULT_SETTINGS, { now }));
  });

  it('the joint checks’ worker takes column pairs from the back of the queue; same Report', async () => {
    const { reference, candidate } = await tables();
    const work = columnWork(worker);
    if (!work) throw new Error('no column work with a worker file');
    const taken: string[] = [];
    // as if the worker had finished its checks first: it claims the last two pairs, this thread
    // (finding them claimed) the others, and the Report merges both; estimated costs of zero, so
    // that the back takes pairs right up to the claimed ones (BackLimits.costFactor)
    const runner: JointRunner = async (r, c, request, share) => {
      if (!share) throw new Error('no queue given to the joint checks');
      const pairs = share.specs.length;
      const mine = newQueue(pairs);
      for (let at = 0; at < pairs; at++) {
        if (at >= pairs - 2) Atomics.store(share.claimed, at, 1);
        else Atomics.store(mine.claimed, at, 1);
      }
      const costs = share.costs.map(() => 0);
      const result = await jointChecksInWorker(worker, r, c, request, { ...share, ...mine, costs });
      if (result.columns && 'value' in result.columns)
        taken.push(...result.columns.value.evaluations.map((e) => e.report.name));
      return result;
    };
    for (const settings of [
      DEFAULT_SETTINGS,
      { ...DEFAULT_SETTINGS, key: ['id'], target: 'count' } satisfies Settings,
    ]) {
      taken.length = 0;
      const report = await compareTablesWith(reference, candidate, settings, { now }, runner, {
        ...work,
        workers: 0,
      });
      expect(taken).toHaveLength(2);
      expect(report).toEqual(compareTables(reference, candidate, settings, { now }));
    }
  });
});

describe('shares of the column tests in worker threads give the same Report', () => {
  /**
   * The pipeline's column work with the compiled worker, sharing even these small tables. On
   * tables this small this thread takes every pair before a worker has started, so by default
   * each worker gets a queue of its own: it evaluates every pair too, and its evaluations (merged
   * after this thread's) are the ones the Report is made of.
   */
  function sharedWork(file: string, workers: number, ownQueue = true): ColumnWork {
    const work = columnWork(file);
    if (!work) throw new Error('no column work with a worker file');
    return {
      workers,
      minSaving: Number.NEGATIVE_INFINITY,
      run: (r, c, request) =>
        work.run(r, c, ownQueue ? { ...request, ...newQueue(request.specs.length) } : request),
    };
  }

  it('same Report as compareTables in this thread, with one and with two workers', async () => {
    const { reference, candidate } = await tables();
    for (const workers of [1, 2]) {
      for (const settings of [
        DEFAULT_SETTINGS,
        { ...DEFAULT_SETTINGS, key: ['id'], target: 'count' } satisfies Settings,
      ]) {
        const shared = await compareTablesWith(
          reference,
          candidate,
          settings,
          { now },
          (r, c, request) => runJointChecks(r, c, request, worker),
          sharedWork(worker, workers),
        );
        expect(shared).toEqual(compareTables(reference, candidate, settings, { now }));
      }
    }
  });

  it('the quality checks read the summaries the workers’ sorts sent back', async () => {
    const { reference, candidate } = await tables();
    const work = sharedWork(worker, 1);
    const results: ColumnShareResult[] = [];
    await compareTablesWith(
      reference,
      candidate,
      DEFAULT_SETTINGS,
      { now },
      (r, c, request) => runJointChecks(r, c, request, worker),
      {
        ...work,
        run: async (r, c, request) => {
          const result = await work.run(r, c, request);
          results.push(result);
          return result;
        },
      },
    );
    const sent = results.flatMap((result) => result.summaries);
    expect(sent.some((entry) => entry.reference)).toBe(true);
    for (const entry of sent) {
      const column = reference.columns.find((c) => c.name === entry.name);
      // the very object the worker sent: a sort here would have recorded a new one, and the quality
      // checks read it from there
      if (column && isNumericColumn(column) && entry.reference !== undefined)
        expect(recordedSummary(column)).toBe(entry.reference);
      // and the candidate's counts outside the reference's range, for the out-of-range check
      const other = candidate.columns.find((c) => c.name === entry.name);
      if (column && other && isNumericColumn(column) && isNumericColumn(other)) {
        expect(entry.outside).toBeDefined();
        expect(recordedOutsideRange(column, other)).toBe(entry.outside);
      }
    }
    expect(sent.some((entry) => entry.outside)).toBe(true);
  });

  it('falls back to this thread when the worker file is broken', async () => {
    const broken = path.join(dir, 'broken-worker.js');
    writeFileSync(broken, 'throw new Error("broken");\n');
    const { reference, candidate } = await tables();
    const report = await compareTablesWith(
      reference,
      candidate,
      DEFAULT_SETTINGS,
      { now },
      (r, c, request) => runJointChecks(r, c, request, broken),
      sharedWork(broken, 1, false),
    );
    expect(report).toEqual(compareTables(reference, candidate, DEFAULT_SETTINGS, { now }));
  });
});
