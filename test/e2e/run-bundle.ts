/**
 * Runs the bundled action (dist/index.js, built by `npm run build`) as a runner does, without
 * blocking this process (so a fake GitHub API served from the test can answer): INPUT_* variables,
 * GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and GITHUB_EVENT_PATH files in a fresh RUNNER_TEMP.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const bundle = resolve('dist/index.js');

export interface BundleRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  runnerTemp: string;
  milliseconds: number;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

/**
 * A fresh RUNNER_TEMP with empty summary and output files and the event payload, and the
 * environment a runner gives the action: GITHUB_* paths, INPUT_* variables (name upper-cased,
 * hyphens kept), then `extra`.
 */
export function runnerEnvironment(
  workspace: string,
  inputs: Record<string, string>,
  event: object,
  extra: Record<string, string> = {},
): { env: Record<string, string>; runnerTemp: string; outputPath: string } {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
  const summaryPath = join(runnerTemp, 'summary.md');
  const outputPath = join(runnerTemp, 'output.txt');
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  writeFileSync(eventPath, JSON.stringify(event));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'octo/data',
    RUNNER_TEMP: runnerTemp,
    'INPUT_GITHUB-TOKEN': 'ghs_unused',
    ...extra,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, runnerTemp, outputPath };
}

export async function runBundle(
  workspace: string,
  inputs: Record<string, string>,
  options: { event?: object; env?: Record<string, string>; killAfterMs?: number } = {},
): Promise<BundleRun> {
  const { env, runnerTemp, outputPath } = runnerEnvironment(
    workspace,
    inputs,
    options.event ?? { pull_request: { number: 7 } },
    options.env,
  );
  const started = performance.now();
  const child = spawn(process.execPath, [bundle], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 120_000);
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearTimeout(killer);
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return ''; // absent, or a folder (the unwritable-summary test)
    }
  };
  return {
    status,
    stdout,
    stderr,
    summary: read(env.GITHUB_STEP_SUMMARY),
    outputs: parseOutputs(read(outputPath)),
    runnerTemp,
    milliseconds: performance.now() - started,
  };
}
