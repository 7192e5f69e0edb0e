/** `drift-gate profile` end to end through the CLI's main(): write a profile, compare against it, print SQL, read results back. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'drift-profile-cli-'));

async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (text) => {
      stdout += `${text}\n`;
    },
    stderr: (text) => {
      stderr += `${text}\n`;
    },
    isTTY: false,
    cwd: resolve('.'),
  });
  return { status, stdout, stderr };
}

describe('drift-gate profile', () => {
  it('writes a profile that --reference takes, with the note in the terminal summary', async () => {
    const out = join(dir, 'train.profile.json');
    const made = await cli(['profile', '--reference', 'examples/data/train.csv', '--out', out]);
    expect(made).toMatchObject({ status: 0, stderr: '' });
    expect(made.stdout).toBe(
      `wrote ${out}: 223 rows, 8 columns (0 as quantile sketches), engine in-process\n`,
    );
    const profile = JSON.parse(readFileSync(out, 'utf8'));
    expect([profile.format, profile.version, profile.rows]).toEqual(['drift-gate-profile', '1.0', 223]);
    const compared = await cli(['--reference', out, '--candidate', 'examples/data/incoming.csv']);
    const raw = await cli([
      '--reference',
      'examples/data/train.csv',
      '--candidate',
      'examples/data/incoming.csv',
    ]);
    expect(compared.status).toBe(raw.status);
    expect(compared.stdout).toContain(
      'Reference is a profile (format 1.0, in-process, 223 rows): no raw rows. Every compared column is exact. Skipped, as they need rows: duplicates and training-data diff.',
    );
  });

  it('refuses a profile of a newer major version, naming the file (exit 2)', async () => {
    const future = join(dir, 'future.profile.json');
    writeFileSync(
      future,
      JSON.stringify({ format: 'drift-gate-profile', version: '2.3', rows: 0, columns: [] }),
    );
    const result = await cli(['--reference', future, '--candidate', 'examples/data/incoming.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'profile version 2.3 is newer than this drift-gate reads (1.0): upgrade drift-gate or re-make the profile with this version',
    );
  });

  it('prints the SQL for a table from a CSV sample, and reads its result back into a profile', async () => {
    const sql = await cli([
      'profile',
      '--sql',
      'spark',
      '--table',
      'db.cars',
      '--sample',
      'examples/data/train.csv',
      '--quantiles',
      '8',
    ]);
    expect(sql.status).toBe(0);
    expect(sql.stdout).toMatch(
      /^-- drift-gate profile 1\.0 \(spark\): 8 columns, top 1000 categories, 8 quantiles\n/,
    );
    expect(sql.stdout).toContain('FROM `db`.`cars`');
    expect(sql.stdout).toContain(
      'percentile_approx(c1, array(0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1), 100000)',
    );
    const schema = join(dir, 'schema.json');
    writeFileSync(schema, JSON.stringify([{ name: 'x', type: 'INT64' }]));
    const result = join(dir, 'result.json');
    writeFileSync(
      result,
      JSON.stringify([
        { col: -1, stat: 'rows', n: 3 },
        { col: 0, stat: 'present', n: 3 },
        { col: 0, stat: 'distinct', n: 1 },
        { col: 0, stat: 'min', value: 1 },
        { col: 0, stat: 'max', value: 1 },
        { col: 0, stat: 'value_count', value: 1, n: 3 },
      ]),
    );
    const out = join(dir, 'wh.profile.json');
    const read = await cli([
      'profile',
      '--sql',
      'bigquery',
      '--from-sql-result',
      result,
      '--schema',
      schema,
      '--out',
      out,
    ]);
    expect(read).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).columns[0].numbers).toMatchObject({
      exact: true,
      values: [1],
      counts: [3],
    });
  });

  it('bad usage is one line and exit 2', async () => {
    expect(await cli(['profile', '--reference', 'examples/data/train.csv'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'drift-gate profile: profile needs --out <file> (e.g. train.profile.json)\n',
    });
    expect((await cli(['profile', '--sql', 'oracle', '--table', 't', '--sample', 'x.csv'])).stderr).toBe(
      'drift-gate profile: --sql: expected one of duckdb, spark, bigquery, snowflake, got "oracle"\n',
    );
  });
});
