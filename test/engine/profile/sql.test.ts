/**
 * The SQL of each dialect: golden text (test/fixtures/profile-sql/<dialect>.sql, read by hand
 * against each vendor's documentation of approx_quantile / percentile_approx / APPROX_QUANTILES /
 * APPROX_PERCENTILE; regenerate with UPDATE_GOLDEN=1 after a deliberate change), identifiers quoted
 * so that hostile column and table names cannot inject SQL, and the result read back.
 * DuckDB's SQL is executed in duckdb.test.ts; the other three dialects' quantile functions do not
 * exist in DuckDB, so they are checked here by text only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DIALECTS,
  type Dialect,
  parseSqlResult,
  profileFromSqlRows,
  profileSql,
  quoteIdentifier,
  quoteTable,
  type SqlColumn,
} from '../../../src/engine/profile/sql.js';
import { UserInputError } from '../../../src/errors.js';

const columns: SqlColumn[] = [
  { name: 'age', kind: 'number' },
  { name: 'signup', kind: 'date' },
  { name: 'plan', kind: 'text' },
];

describe('golden SQL', () => {
  for (const dialect of DIALECTS) {
    it(dialect, () => {
      const sql = profileSql(dialect, { table: 'analytics.users' }, columns, { topK: 3, quantiles: 4 });
      const path = `test/fixtures/profile-sql/${dialect}.sql`;
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, sql);
      expect(sql).toBe(readFileSync(path, 'utf8'));
    });
  }
});

/**
 * The SQL with every quoted identifier replaced by ID, scanning by the dialect's own quoting
 * rules: what is left is what the database parses as code.
 */
function maskIdentifiers(sql: string, dialect: Dialect): string {
  let out = '';
  let i = 0;
  const quote = dialect === 'spark' || dialect === 'bigquery' ? '`' : '"';
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === "'") {
      // a string literal (only the tool's own constants): copied through
      const end = sql.indexOf("'", i + 1);
      out += sql.slice(i, end + 1);
      i = end + 1;
    } else if (ch === quote) {
      i++;
      for (;;) {
        if (dialect === 'bigquery' && sql[i] === '\\') i += 2;
        else if (sql[i] === quote && sql[i + 1] === quote && dialect !== 'bigquery') i += 2;
        else if (sql[i] === quote) break;
        else i++;
        if (i >= sql.length) throw new Error('unterminated identifier');
      }
      i++;
      out += 'ID';
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

describe('hostile names cannot inject SQL', () => {
  const hostile = [
    'a"; DROP TABLE t; --',
    "b'); DELETE FROM x; --",
    'c`) ; drop`',
    'd\\` OR 1=1 \\',
    'e */ /* \' " `',
  ];
  for (const dialect of DIALECTS) {
    it(dialect, () => {
      const benign = hostile.map((_, i) => ({
        name: `col${i}`,
        kind: (['number', 'text', 'date'] as const)[i % 3],
      }));
      const evil = hostile.map((name, i) => ({ name, kind: benign[i].kind }));
      const mask = (sql: string) => maskIdentifiers(sql.split('\n').slice(2).join('\n'), dialect);
      expect(mask(profileSql(dialect, { table: 'db.x"`;y' }, evil))).toBe(
        mask(profileSql(dialect, { table: 'db.safe' }, benign)),
      );
    });
  }

  it('quotes each dialect its own way', () => {
    expect(quoteIdentifier('a"b', 'duckdb')).toBe('"a""b"');
    expect(quoteIdentifier('a"b', 'snowflake')).toBe('"a""b"');
    expect(quoteIdentifier('a`b', 'spark')).toBe('`a``b`');
    expect(quoteIdentifier('a`b\\', 'bigquery')).toBe('`a\\`b\\\\`');
    expect(quoteTable('proj.data set.t', 'bigquery')).toBe('`proj`.`data set`.`t`');
  });

  it('refuses names with control characters and empty table parts', () => {
    expect(() => quoteIdentifier('a\nb', 'duckdb')).toThrow(UserInputError);
    expect(() => quoteTable('db..t', 'spark')).toThrow(
      '--table "db..t": give a name, or dot-separated parts (db.schema.table)',
    );
  });
});

describe('reading the result back', () => {
  const result = [
    { col: -1, stat: 'rows', n: '100' },
    { col: 0, stat: 'present', n: 90 },
    { col: 0, stat: 'non_integer', n: 0 },
    { col: 0, stat: 'distinct', n: 3 },
    { col: 0, stat: 'min', value: 18 },
    { col: 0, stat: 'max', value: 65 },
    { col: 0, stat: 'mean', value: 40 },
    { col: 0, stat: 'value_count', value: 18, n: 30 },
    { col: 0, stat: 'value_count', value: 65, n: 20 },
    { col: 0, stat: 'value_count', value: 40, n: 40 },
    { col: 1, stat: 'present', n: 100 },
    { col: 1, stat: 'distinct', n: 90 },
    { col: 1, stat: 'min', value: 0 },
    { col: 1, stat: 'max', value: 4 },
    { col: 1, stat: 'mean', value: 2 },
    ...[0, 1, 2, 3, 4].map((value) => ({ col: 1, stat: 'quantile', value })),
    { col: 2, stat: 'present', n: 100 },
    { col: 2, stat: 'distinct', n: 4 },
    { col: 2, stat: 'category', label: 'pro', n: 60 },
    { col: 2, stat: 'category', label: 'NA', n: 30 },
    { col: 2, stat: 'category', label: 'free', n: 9 },
  ];

  it('builds exact counts, an equal-weight quantile sketch with its rank error, and the top K', () => {
    const rows = parseSqlResult(result.map((r) => JSON.stringify(r)).join('\n'), 'result.jsonl');
    const profile = profileFromSqlRows(
      rows,
      columns,
      { dialect: 'spark', source: 'spark:users', engine: 'sql', file: 'r', topK: 3 },
      new Date(0),
    );
    expect(profile.rows).toBe(100);
    expect(profile.columns[0]).toMatchObject({
      present: 90,
      missing: 10,
      numbers: { exact: true, values: [18, 40, 65], counts: [30, 40, 20] },
    });
    // 4 gaps between 5 quantiles: 25 values each; rank error 1/4 + Spark's 1/100,000
    expect(profile.columns[1].numbers).toMatchObject({
      exact: false,
      values: [0, 1, 2, 3],
      counts: [25, 25, 25, 25],
      rankError: 0.25 + 1e-5,
    });
    expect(profile.columns[2].categories).toEqual({
      levels: ['pro', 'NA', 'free'],
      counts: [60, 30, 9],
      nullLike: [1],
      otherCount: 1,
      otherLevels: 1,
    });
    expect(profile.multivariate).toBeNull();
  });

  it('names the file and the problem for a result of something else', () => {
    expect(() => parseSqlResult('[{"a": 1}]', 'r.json')).toThrow(/row 1 has no "col" and "stat"/);
    expect(() => parseSqlResult('{nope', 'r.json')).toThrow(/not a JSON array or JSON Lines/);
    const rows = parseSqlResult(
      JSON.stringify([
        { col: -1, stat: 'rows', n: 1 },
        { col: 7, stat: 'present', n: 1 },
      ]),
      'r.json',
    );
    expect(() =>
      profileFromSqlRows(rows, columns, { dialect: 'duckdb', source: 's', engine: 'sql', file: 'r.json' }),
    ).toThrow(
      'a row names column index 7, but the column list has 3: give the same sample or schema as for the SQL',
    );
  });
});
