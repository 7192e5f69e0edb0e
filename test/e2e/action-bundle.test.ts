/**
 * Runs the bundled action (dist/index.js) the way a GitHub runner does: in a git repository with a
 * base and a head commit of a dataset, INPUT_* variables (hyphens kept), GITHUB_STEP_SUMMARY,
 * GITHUB_OUTPUT and GITHUB_EVENT_PATH files. Checks the summary, the outputs and the exit status.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, parseOutputs, runnerEnvironment } from './run-bundle.js';

const examples = resolve('examples/data');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

interface ActionRun {
  status: number | null;
  summary: string;
  outputs: Record<string, string>;
  stdout: string;
}

function runAction(workspace: string, inputs: Record<string, string>, event: object): ActionRun {
  const { env, outputPath } = runnerEnvironment(workspace, inputs, event);
  const result = spawnSync(process.execPath, [bundle], { cwd: workspace, env, encoding: 'utf8' });
  return {
    status: result.status,
    summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    stdout: result.stdout + result.stderr,
  };
}

describe('the bundled action, run as a runner runs it', () => {
  let repo = '';
  let baseSha = '';
  let stableSha = '';

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'drift-gate-e2e-'));
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'ci@example.com');
    git(repo, 'config', 'user.name', 'CI');
    mkdirSync(join(repo, 'data'));
    copyFileSync(join(examples, 'train.csv'), join(repo, 'data/train.csv'));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'base: training data 1970-1976');
    baseSha = git(repo, 'rev-parse', 'HEAD');
    // a non-drifting change: the same rows in another order
    const [header, ...rows] = readFileSync(join(examples, 'train.csv'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(repo, 'data/train.csv'), `${[header, ...rows.reverse()].join('\n')}\n`);
    git(repo, 'commit', '-qam', 'reorder rows');
    stableSha = git(repo, 'rev-parse', 'HEAD');
    // the drifting change: training data replaced by 1979-1982 cars
    copyFileSync(join(examples, 'incoming.csv'), join(repo, 'data/train.csv'));
    git(repo, 'commit', '-qam', 'head: training data 1979-1982');
  });

  const prEvent = () => ({ pull_request: { number: 7, base: { sha: baseSha } } });

  it('fails a pull request whose data drifted, with summary, outputs and a failing exit status', () => {
    const run = runAction(
      repo,
      { reference: 'data/train.csv', 'reference-ref': 'base', candidate: 'data/train.csv' },
      prEvent(),
    );
    expect(run.status, run.stdout).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs.drift).toBe('true');
    const drifted = JSON.parse(run.outputs['drifted-columns']) as string[];
    expect(drifted).toContain('Miles_per_Gallon');
    expect(Number(run.outputs['drift-share'])).toBeGreaterThanOrEqual(0.5);
    expect(run.summary).toMatch(/drift-gate/);
    expect(run.summary).toMatch(/Miles_per_Gallon/);
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.reference.revision).toBe(baseSha);
    expect(report.verdict).toBe('fail');
    expect(run.stdout).toMatch(/::error .*file=data\/train\.csv/);
    // the failure message opens with the headline: what failed first, never "no dataset drift"
    expect(run.stdout).toMatch(
      /::error::drift-gate: multivariate drift \(\+[\d.]+%25 reconstruction error\); data drift in /,
    );
  });

  it('writes the HTML report beside the JSON report; without a runtime token the upload only warns', () => {
    const inputs = { reference: 'data/train.csv', 'reference-ref': 'base', candidate: 'data/train.csv' };
    const run = runAction(repo, inputs, prEvent());
    expect(run.status, run.stdout).toBe(1);
    const html = readFileSync(run.outputs['report-json'].replace(/\.json$/, '.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html.match(/<article class="card/g)?.length).toBeGreaterThan(5);
    expect(run.stdout).toMatch(/::warning::drift-gate could not upload the reports as a workflow artifact/);
    expect(run.summary).not.toContain('Full report');
    const off = runAction(repo, { ...inputs, 'upload-report': 'false' }, prEvent());
    expect(off.status).toBe(1);
    expect(off.stdout).not.toMatch(/could not upload/);
  });

  // Regression (issue 12): `markdown` was a flag and a config key but no input, and a config
  // file's `markdown`/`html` were silently ignored by the action.
  it('writes the job summary to the `markdown` file too, and notes a config file key it ignores (html)', () => {
    writeFileSync(join(repo, 'voice.yml'), 'html: report.html\n');
    const run = runAction(
      repo,
      {
        reference: 'data/train.csv',
        'reference-ref': 'base',
        candidate: 'data/train.csv',
        markdown: 'out/summary.md',
        config: 'voice.yml',
        'upload-report': 'false',
      },
      prEvent(),
    );
    expect(run.status, run.stdout).toBe(1);
    const written = readFileSync(join(repo, 'out', 'summary.md'), 'utf8');
    expect(written).toMatch(/Miles_per_Gallon/);
    expect(run.summary).toBe(written);
    expect(run.stdout).toContain(
      "drift-gate: 'html' in the config file is used only by the command line; the action ignores it.",
    );
    const outside = runAction(
      repo,
      { reference: 'data/train.csv', candidate: 'data/train.csv', markdown: '../x.md' },
      prEvent(),
    );
    expect(outside.status).toBe(1);
    expect(outside.stdout).toMatch(/::error::.*markdown/);
  });

  it('passes with a warning when columns drifted below the drift share: verdict output `warn`, exit 0, ⚠️ in the log', () => {
    const run = runAction(
      repo,
      {
        reference: 'data/train.csv',
        'reference-ref': 'base',
        candidate: 'data/train.csv',
        'drift-share': '1',
        multivariate: 'false',
      },
      prEvent(),
    );
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    expect(run.outputs.drift).toBe('false');
    expect(run.summary).toMatch(
      /^## ⚠️ drift-gate: passes: 7 of 8 columns drifted \(87\.5%\), below the 100% drift share/m,
    );
    expect(run.stdout).toMatch(
      /::warning title=drift-gate%3A passes with warnings::⚠️ drift-gate: passes: 7 of 8 columns drifted/,
    );
    // a passing run annotates its drifted columns as warnings, not errors
    expect(run.stdout).toMatch(
      /::warning title=drift-gate%3A column 'Horsepower' drifted,file=data\/train\.csv::/,
    );
    expect(run.stdout).not.toMatch(/::error/);
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.verdict).toBe('warn');
    expect(report.schemaVersion).toBe('2.1.0');

    const strict = runAction(
      repo,
      {
        reference: 'data/train.csv',
        'reference-ref': 'base',
        candidate: 'data/train.csv',
        'drift-share': '1',
        multivariate: 'false',
        'fail-on': 'warning',
      },
      prEvent(),
    );
    expect(strict.status, strict.stdout).toBe(1);
    expect(strict.outputs.verdict).toBe('fail');
  });

  it('passes a pull request labelled drift-accepted, with the Accepted section naming the label', () => {
    const event = {
      action: 'labeled',
      pull_request: { number: 7, base: { sha: baseSha }, labels: [{ name: 'drift-accepted' }] },
    };
    const run = runAction(
      repo,
      { reference: 'data/train.csv', 'reference-ref': 'base', candidate: 'data/train.csv' },
      event,
    );
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    expect(run.outputs.drift).toBe('true');
    expect(run.summary).toMatch(
      /^## ⚠️ drift-gate: passes with accepted drift: .*data drift in 7 of 8 columns/,
    );
    expect(run.summary).toContain(
      '- ✅ **everything that failed** by the pull-request label: pull request labelled &#39;drift-accepted&#39;\n',
    );
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.accepted).toHaveLength(1);
    expect(report.accepted[0]).toMatchObject({ by: 'label', status: 'applied' });
    expect(run.stdout).toContain(
      "Accepted drift, so the run passes: everything that failed (pull request labelled 'drift-accepted')",
    );
  });

  it('passes a pull request that only reordered rows', () => {
    // the pull request's head is the reorder commit
    git(repo, 'checkout', '-q', stableSha);
    const stable = runAction(
      repo,
      { reference: 'data/train.csv', 'reference-ref': 'base', candidate: 'data/train.csv' },
      prEvent(),
    );
    git(repo, 'checkout', '-q', 'main');
    expect(stable.status, stable.stdout).toBe(0);
    expect(stable.outputs.verdict).toBe('pass');
    expect(stable.outputs.drift).toBe('false');
    expect(stable.outputs['drifted-columns']).toBe('[]');
    expect(stable.summary).toMatch(/drift-gate/);
  });

  it('explains a revision missing from a shallow clone and fails with a message, not a stack', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'drift-gate-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const run = runAction(
      shallow,
      { reference: 'data/train.csv', 'reference-ref': 'base', candidate: 'data/train.csv' },
      prEvent(),
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/fetch-depth: 0/);
    expect(run.stdout).not.toMatch(/at .*\.js:\d+/);
  });

  it('rejects a path outside the workspace and an option-like revision', () => {
    const outside = runAction(repo, { reference: '../etc/passwd', candidate: 'data/train.csv' }, prEvent());
    expect(outside.status).toBe(1);
    expect(outside.stdout).toMatch(/reference/);
    const option = runAction(
      repo,
      { reference: 'data/train.csv', 'reference-ref': '--output=/tmp/x', candidate: 'data/train.csv' },
      prEvent(),
    );
    expect(option.status).toBe(1);
    expect(option.stdout).toMatch(/--output=\/tmp\/x/);
  });

  it('names the key and the file of a bad config setting', () => {
    mkdirSync(join(repo, '.github'), { recursive: true });
    writeFileSync(join(repo, '.github/drift.yml'), 'drift-shares: 0.3\n');
    const run = runAction(repo, { reference: 'data/train.csv', candidate: 'data/train.csv' }, prEvent());
    writeFileSync(join(repo, '.github/drift.yml'), '');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\.github\/drift\.yml.*unknown setting 'drift-shares'/);
    const bad = runAction(
      repo,
      { reference: 'data/train.csv', candidate: 'data/train.csv', threshold: 'high' },
      prEvent(),
    );
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/bad value for 'threshold' in action inputs/);
  });

  it('a missing file and a Git LFS pointer fail with one message naming the file', () => {
    const missing = runAction(repo, { reference: 'data/nope.csv', candidate: 'data/train.csv' }, prEvent());
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/::error::data\/nope\.csv: file not found/);
    writeFileSync(
      join(repo, 'data/pointer.csv'),
      'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n',
    );
    const pointer = runAction(
      repo,
      { reference: 'data/train.csv', candidate: 'data/pointer.csv' },
      prEvent(),
    );
    expect(pointer.status).toBe(1);
    expect(pointer.stdout).toMatch(/data\/pointer\.csv.*Git LFS pointer/);
    expect(pointer.stdout).toMatch(/lfs: true/);
    expect(pointer.summary).toMatch(/could not run/);
  });

  it('renders hostile column names as text in the summary and annotations', () => {
    const header = '"<img src=x onerror=alert(1)>","| fake | row |",ok';
    // the first column shifts by 60 in shuffled order (sorted, it would be a row id and not tested)
    const rows = (shift: number) =>
      Array.from({ length: 80 }, (_, i) => `${((i * 17) % 80) + shift},${(i * 7) % 13},${i % 3}`);
    writeFileSync(join(repo, 'data/hostile-a.csv'), [header, ...rows(0)].join('\n'));
    writeFileSync(join(repo, 'data/hostile-b.csv'), [header, ...rows(60)].join('\n'));
    const run = runAction(
      repo,
      { reference: 'data/hostile-a.csv', candidate: 'data/hostile-b.csv' },
      prEvent(),
    );
    expect(run.outputs.verdict).toBeDefined();
    expect(run.summary).not.toMatch(/<img/);
    expect(run.summary).not.toMatch(/\| fake \| row \|/);
    expect(run.summary).toMatch(/&lt;img src=x onerror=alert\(1\)&gt;/);
    expect(JSON.parse(run.outputs['drifted-columns'])).toContain('<img src=x onerror=alert(1)>');
  });
});
