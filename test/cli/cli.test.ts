import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_FAIL, EXIT_PASS, EXIT_USAGE, helpText, main } from '../../src/cli/main.js';
import { OPTIONS, type Option } from '../../src/settings/settings.js';

async function cli(args: string[], cwd = resolve('.')) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isTTY: false,
    cwd,
  });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

const examples = 'examples/data';

describe('drift-gate CLI', () => {
  it('exits 1 and prints the drifted columns when the data drifted', async () => {
    const run = await cli([
      '--reference',
      `${examples}/train.csv`,
      '--candidate',
      `${examples}/incoming.csv`,
    ]);
    expect(run.status).toBe(EXIT_FAIL);
    expect(run.stdout).toMatch(/FAIL drift-gate/);
    expect(run.stdout).toMatch(/Miles_per_Gallon/);
    expect(run.stdout.includes('\u001b[')).toBe(false);
  });

  it('exits 0 on a random split of the same data', async () => {
    const run = await cli([
      '--reference',
      `${examples}/train-all.csv`,
      '--candidate',
      `${examples}/stable.csv`,
    ]);
    expect(run.status, run.stdout).toBe(EXIT_PASS);
    expect(run.stdout).toMatch(/PASS drift-gate/);
  });

  it('writes the JSON report and the markdown summary where asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-cli-'));
    const run = await cli([
      '--reference',
      `${examples}/train.csv`,
      '--candidate',
      `${examples}/incoming.csv`,
      '--report-json',
      join(dir, 'r.json'),
      '--markdown',
      join(dir, 's.md'),
      '--fail-on',
      'never',
    ]);
    expect(run.status).toBe(EXIT_PASS);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    // fail-on never: the drift is a warning, the run passes (exit 0)
    expect(report.verdict).toBe('warn');
    expect(report.dataset.drift).toBe(true);
    expect(readFileSync(join(dir, 's.md'), 'utf8')).toMatch(
      /^## ⚠️ drift-gate: passes \(fail-on is &#39;never&#39;\): multivariate drift/,
    );
  });

  it('exits 2 with one clear message for bad usage and unreadable input', async () => {
    const unknownFlag = await cli(['--referenc', 'a.csv']);
    expect(unknownFlag.status).toBe(EXIT_USAGE);
    expect(unknownFlag.stderr).toMatch(/Unknown option '--referenc'/);
    const missing = await cli(['--reference', 'nope.csv', '--candidate', `${examples}/stable.csv`]);
    expect(missing.status).toBe(EXIT_USAGE);
    expect(missing.stderr).toMatch(/nope\.csv/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const badThreshold = await cli(['--reference', 'a', '--candidate', 'b', '--threshold=-1']);
    expect(badThreshold.status).toBe(EXIT_USAGE);
    expect(badThreshold.stderr).toMatch(/bad value for 'threshold' in command-line flags/);
    const noReference = await cli(['--candidate', `${examples}/stable.csv`]);
    expect(noReference.status).toBe(EXIT_USAGE);
    expect(noReference.stderr).toMatch(/'reference' is required/);
  });

  it('reads the reference at a git revision; rejects base outside the action', async () => {
    const base = await cli([
      '--reference',
      `${examples}/train.csv`,
      '--reference-ref',
      'base',
      '--candidate',
      `${examples}/stable.csv`,
    ]);
    expect(base.status).toBe(EXIT_USAGE);
    expect(base.stderr).toMatch(/works only in the action/);
    const head = await cli([
      '--reference',
      `${examples}/train.csv`,
      '--reference-ref',
      'HEAD',
      '--candidate',
      `${examples}/train.csv`,
    ]);
    expect(head.status, head.stderr).toBe(EXIT_PASS);
  });

  it('reads a config file, with flags winning over it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-cli-config-'));
    writeFileSync(join(dir, 'drift.yml'), 'fail-on: never\nignore-columns: [Name]\n');
    const run = await cli([
      '--config',
      join(dir, 'drift.yml'),
      '--reference',
      `${examples}/train.csv`,
      '--candidate',
      `${examples}/incoming.csv`,
    ]);
    expect(run.status).toBe(EXIT_PASS);
    const flagsWin = await cli([
      '--config',
      join(dir, 'drift.yml'),
      '--fail-on',
      'column-drift',
      '--reference',
      `${examples}/train.csv`,
      '--candidate',
      `${examples}/incoming.csv`,
    ]);
    expect(flagsWin.status).toBe(EXIT_FAIL);
    writeFileSync(join(dir, 'bad.yml'), 'stattests: psi\n');
    const bad = await cli(['--config', join(dir, 'bad.yml'), '--reference', 'a', '--candidate', 'b']);
    expect(bad.status).toBe(EXIT_USAGE);
    expect(bad.stderr).toMatch(/bad\.yml: unknown setting 'stattests'.*did you mean 'stattest'/);
  });

  it('renders hostile column names as inert text in the terminal and the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-cli-hostile-'));
    const header = '"<img src=x onerror=alert(1)>","| fake | row |","\u001b[31mred"';
    const rows = (shift: number) =>
      Array.from({ length: 60 }, (_, i) => `${i + shift},${(i * 7) % 13},${i % 3}`);
    writeFileSync(join(dir, 'a.csv'), [header, ...rows(0)].join('\n'));
    writeFileSync(join(dir, 'b.csv'), [header, ...rows(40)].join('\n'));
    const run = await cli(['--reference', 'a.csv', '--candidate', 'b.csv', '--markdown', 's.md'], dir);
    expect(run.stdout.includes('\u001b')).toBe(false);
    const summary = readFileSync(join(dir, 's.md'), 'utf8');
    expect(summary).not.toMatch(/<img/);
    expect(summary).not.toMatch(/\| fake \| row \|/);
  });

  it('a one-column file against a six-column file gives a schema report, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-cli-schema-'));
    writeFileSync(join(dir, 'one.csv'), 'a\n1\n2\n3\n4\n');
    writeFileSync(join(dir, 'six.csv'), `a,b,c,d,e,f\n${'1,2,3,x,y,z\n'.repeat(4)}`);
    const wider = await cli(
      ['--reference', 'one.csv', '--candidate', 'six.csv', '--report-json', 'w.json'],
      dir,
    );
    expect(wider.status).toBe(EXIT_PASS);
    const report = JSON.parse(readFileSync(join(dir, 'w.json'), 'utf8'));
    expect(report.quality.filter((q: { check: string }) => q.check === 'schema')).toHaveLength(5);
    const narrower = await cli(['--reference', 'six.csv', '--candidate', 'one.csv'], dir);
    expect(narrower.status).toBe(EXIT_FAIL);
    expect(narrower.stdout).toMatch(/5 data-quality errors/);
    expect(narrower.stdout).toMatch(/column 'f' is missing from the candidate/);
  });

  it('--help lists every flag with its default, and only the options exposed as flags', () => {
    const help = helpText();
    for (const option of OPTIONS as readonly Option[]) {
      const placeholder = option.key === 'config' ? 'file' : 'value';
      if (option.exposed.flag) expect(help).toContain(`  --${option.key} <${placeholder}>  `);
      else expect(help).not.toContain(`--${option.key} `);
    }
    expect(help).not.toContain('--comment');
    expect(help).not.toContain('--column-settings');
    expect(help).not.toContain('--github-token');
    expect(help).toMatch(/--drift-share <value> .*\(default: 0\.5\)/);
    expect(help).toMatch(/--stattest <value> .*\(default: auto\)/);
    expect(help).toMatch(
      /--config <file> +YAML settings file \(flags win over it\) \(default: \.github\/drift\.yml if present\)/,
    );
    expect(help).toMatch(/--reference <value> .*\(required\)/);
    expect(help).toMatch(/--columns <value> +Only compare these columns \(default: all\)$/m);
    expect(help).toMatch(/--missing-values <value> .*\(default: NA,N\/A,NaN,nan,null,NULL,None,-,\?\)$/m);
    expect(help).toMatch(/--target <value> .*\(default: \(none\)\)$/m);
  });

  it('rejects a flag that is not exposed on the command line (comment is action-only)', async () => {
    const run = await cli(['--reference', 'a.csv', '--candidate', 'b.csv', '--comment', 'true']);
    expect(run.status).toBe(EXIT_USAGE);
    expect(run.stderr).toMatch(/Unknown option '--comment'/);
  });

  // Regression (issue 12): `comment: true` in a config file was accepted by the CLI and silently
  // did nothing; it is still accepted (one config file serves the action and the CLI) but noted.
  it('notes the action-only keys a config file sets (comment: true, upload-report: false) and runs on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-cli-action-only-'));
    writeFileSync(join(dir, 'drift.yml'), 'comment: true\nupload-report: false\ndrift-share: 0.5\n');
    const args = [
      '--reference',
      resolve(examples, 'train-all.csv'),
      '--candidate',
      resolve(examples, 'stable.csv'),
    ];
    const noted = await cli([...args, '--config', 'drift.yml'], dir);
    expect(noted.status).toBe(EXIT_PASS);
    expect(noted.stderr.split('\n')).toEqual([
      "drift-gate: note: 'upload-report' in the config file is used only by the GitHub Action; the command line ignores it",
      "drift-gate: note: 'comment' in the config file is used only by the GitHub Action; the command line ignores it",
    ]);
    // Regression: `column-settings` (a config-file-only key both adapters read) was noted too.
    writeFileSync(
      join(dir, 'quiet.yml'),
      'comment: false\ncolumn-settings:\n  Horsepower: { stattest: psi }\n',
    );
    const quiet = await cli([...args, '--config', 'quiet.yml'], dir);
    expect(quiet.status).toBe(EXIT_PASS);
    expect(quiet.stderr).toBe('');
  });

  it('warns about an ignore-columns name neither file has, naming the nearest column (--columns: an error)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-cli-ignore-'));
    const args = [
      '--reference',
      resolve(examples, 'train-all.csv'),
      '--candidate',
      resolve(examples, 'stable.csv'),
    ];
    const run = await cli([...args, '--ignore-columns', 'Nmae', '--report-json', 'r.json'], dir);
    expect(run.status).toBe(EXIT_PASS);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.quality).toContainEqual({
      check: 'schema',
      column: null,
      severity: 'warning',
      message:
        "'ignore-columns' names 'Nmae', a column in neither file (did you mean 'Name'?): nothing is ignored for it",
      values: { setting: 'ignore-columns', column: 'Nmae', nearest: 'Name' },
    });
    expect(run.stdout).toContain("'ignore-columns' names 'Nmae'");
    const columns = await cli([...args, '--columns', 'Nmae'], dir);
    expect(columns.status).toBe(EXIT_USAGE);
  });

  it('a pattern with an extension drift-gate does not read names it and what is accepted (exit 2)', async () => {
    const unknown = await cli(['--reference', `${examples}/train.csv`, '--candidate', `${examples}/*.xyz`]);
    expect(unknown.status).toBe(EXIT_USAGE);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      "drift-gate: 'candidate' pattern examples/data/*.xyz names .xyz files, which drift-gate does not read: " +
        'give a pattern of data files (.csv, .tsv, .txt, .parquet, .jsonl, .ndjson, .json, .psv, .dat, optionally ending in .gz or .zst) ' +
        'as the candidate, one period per file, beside one reference file; or patterns of images (.png, .jpg, .jpeg) on both sides',
    );
    const bothUnknown = await cli(['--reference', `${examples}/*.xyz`, '--candidate', `${examples}/*.xyz`]);
    expect(bothUnknown.status).toBe(EXIT_USAGE);
    expect(bothUnknown.stderr).toMatch(
      /^drift-gate: 'reference' pattern examples\/data\/\*\.xyz names \.xyz files/,
    );
    const dataReference = await cli([
      '--reference',
      `${examples}/monthly/*.csv`,
      '--candidate',
      `${examples}/stable.csv`,
    ]);
    expect(dataReference.status).toBe(EXIT_USAGE);
    expect(dataReference.stderr).toBe(
      "drift-gate: 'reference' pattern examples/data/monthly/*.csv names data files, but the reference is one data file: only the candidate can be a pattern of data files (one period per file)",
    );
  });

  it('a candidate pattern of Parquet or JSON Lines files runs as periods, like one of CSV files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-cli-formats-'));
    const cars = resolve('test/fixtures/formats/cars');
    for (const pattern of ['*.parquet', '*.jsonl']) {
      const run = await cli([
        '--reference',
        join(cars, 'train.csv.gz'),
        '--candidate',
        join(cars, pattern),
        '--report-json',
        join(dir, 'r.json'),
        '--fail-on',
        'never',
      ]);
      expect(run.stderr, pattern).toBe('');
      const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
      expect(report.periods.map((p: { name: string }) => p.name)).toEqual([
        'broken',
        'incoming',
        'stable',
        'train-all',
        'train',
      ]);
    }
  });

  it('warns about a column-settings key neither file has, naming the nearest column, and runs on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-cli-column-settings-'));
    writeFileSync(
      join(dir, 'drift.yml'),
      'column-settings:\n  Horsepowr: { stattest: psi }\n  Displacement: { threshold: 0.01 }\n',
    );
    const run = await cli(
      [
        '--reference',
        resolve(examples, 'train-all.csv'),
        '--candidate',
        resolve(examples, 'stable.csv'),
        '--config',
        'drift.yml',
        '--report-json',
        'r.json',
      ],
      dir,
    );
    expect(run.status).toBe(EXIT_PASS);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    const unknown = report.quality.filter((f: { values?: { setting?: string } }) => f.values?.setting);
    expect(unknown).toEqual([
      {
        check: 'schema',
        column: null,
        severity: 'warning',
        message:
          "'column-settings' names 'Horsepowr', a column in neither file (did you mean 'Horsepower'?): its settings apply to no column",
        values: { setting: 'column-settings', column: 'Horsepowr', nearest: 'Horsepower' },
      },
    ]);
    expect(run.stdout).toContain("'column-settings' names 'Horsepowr'");
  });

  it('--help names the allowed values of every enumerated flag', () => {
    const help = helpText();
    expect(help).toMatch(/--correction <value> .*\(one of: fdr bonferroni none\) \(default: fdr\)$/m);
    expect(help).toMatch(
      /--fail-on <value> .*\(one of: dataset-drift column-drift warning never\) \(default: dataset-drift\)$/m,
    );
    expect(help).toMatch(/--task <value> .*\(one of: classification regression\) \(default: inferred\)$/m);
    expect(help).toMatch(/--reference <value> .*glob pattern of images/);
    expect(help).toMatch(/--slices <value> .*named filters \(e\.g\. `seniors: age >= 65`\)/);
  });
});
