/**
 * The adapters read the worker overrides from the environment (DRIFT_GATE_PARSE_WORKER,
 * DRIFT_GATE_COMPARE_WORKER) and pass them down: a fake worker that answers a UserInputError shows
 * that its file was used. The core itself never reads them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { EXIT_USAGE, main } from '../../src/cli/main.js';

const examples = path.resolve('examples/data');
const NAMES = ['DRIFT_GATE_PARSE_WORKER', 'DRIFT_GATE_COMPARE_WORKER'] as const;

function answeringWorker(dir: string, message: string): string {
  const file = path.join(dir, `${message.replaceAll(' ', '-')}.mjs`);
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ error: { user: true, message: ${JSON.stringify(message)}, file: 'fake' } });\n`,
  );
  return file;
}

describe('the worker overrides come from the adapters’ environment', () => {
  let dir = '';
  const saved = NAMES.map((name) => process.env[name]);
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'drift-gate-overrides-'));
  });
  afterEach(() => {
    NAMES.forEach((name, k) => {
      if (saved[k] === undefined) delete process.env[name];
      else process.env[name] = saved[k];
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the CLI passes both variables down', async () => {
    const cli = async (): Promise<{ status: number; stderr: string }> => {
      const err: string[] = [];
      const status = await main(
        ['--reference', `${examples}/train.csv`, '--candidate', `${examples}/incoming.csv`],
        { stdout: () => undefined, stderr: (text) => err.push(text), isTTY: false, cwd: path.resolve('.') },
      );
      return { status, stderr: err.join('\n') };
    };
    process.env.DRIFT_GATE_PARSE_WORKER = answeringWorker(dir, 'from the parse worker');
    process.env.DRIFT_GATE_COMPARE_WORKER = 'off';
    expect(await cli()).toEqual({ status: EXIT_USAGE, stderr: 'drift-gate: fake: from the parse worker' });
    process.env.DRIFT_GATE_PARSE_WORKER = 'off';
    process.env.DRIFT_GATE_COMPARE_WORKER = answeringWorker(dir, 'from the compare worker');
    expect(await cli()).toEqual({ status: EXIT_USAGE, stderr: 'drift-gate: fake: from the compare worker' });
  });

  it('the action passes the parse worker variable down', async () => {
    const workspace = mkdtempSync(path.join(dir, 'workspace-'));
    const inputs = {
      INPUT_REFERENCE: 'examples/data/train.csv',
      INPUT_CANDIDATE: 'examples/data/incoming.csv',
    };
    const env = { ...inputs, GITHUB_WORKSPACE: path.resolve('.'), RUNNER_TEMP: workspace };
    const before = { ...process.env };
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      Object.assign(process.env, env);
      delete process.env.GITHUB_STEP_SUMMARY;
      process.env.DRIFT_GATE_PARSE_WORKER = answeringWorker(dir, 'from the parse worker');
      await run();
    } finally {
      write.mockRestore();
      for (const name of Object.keys(env)) delete process.env[name];
      Object.assign(process.env, before);
      process.exitCode = undefined;
    }
    expect(written.join('')).toContain('::error::fake: from the parse worker');
  });
});
