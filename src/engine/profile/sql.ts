/**
 * The profile computed where the data lives: the SQL (DuckDB, Spark SQL, BigQuery, Snowflake) that
 * returns a profile's numbers as rows, and those rows read back into a profile.
 *
 * Why this file is long: four dialects' SQL and the reader of their one result shape belong together.
 *
 * One query per table, a UNION ALL of small SELECTs, each row (col, stat, value, upper, label, n):
 * `col` is the column's index in the column list (no column name is ever written as a string
 * literal, so names can only appear as quoted identifiers), `stat` one of rows, present,
 * non_integer, distinct, min, max, mean, value_count (exact counts of up to EXACT_LIMIT + 1
 * values), quantile (approximate quantiles at Q + 1 evenly spaced ranks) or bucket (DuckDB: exact
 * counts between approximate quantiles, with each bucket's min and max), category (top K by count).
 * The reader builds the same profile as the in-process one where the engine's functions allow:
 * counts exact; number sketches exact below EXACT_LIMIT distinct values, else DuckDB's buckets
 * (exact counts, rank error from the counts) or the warehouses' quantiles (equal weights, rank
 * error 1/Q plus the engine's stated sketch error).
 */
import { DEFAULT_MISSING_VALUES } from '../../data/missing.js';
import { UserInputError } from '../../errors.js';
import type { ProfileColumn, ProfileFile } from '../../report/model.js';
import { VERSION } from '../../version.js';
import { DEFAULT_QUANTILES, DEFAULT_TOP_K, EXACT_LIMIT, UNIQUE_SHARE } from './build.js';
import { PROFILE_FORMAT, PROFILE_VERSION } from './format.js';

export const DIALECTS = ['duckdb', 'spark', 'bigquery', 'snowflake'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** One column to profile: its name and how its values read (from a sample or a schema). */
export interface SqlColumn {
  readonly name: string;
  readonly kind: 'number' | 'date' | 'text';
}

/** Spark's percentile_approx accuracy: its documented relative rank error is 1 / accuracy. */
export const SPARK_ACCURACY = 100_000;
/**
 * The rank error assumed for BigQuery's APPROX_QUANTILES and Snowflake's APPROX_PERCENTILE
 * (t-digest), whose vendors state no bound: 0.5%, above what t-digest shows at these sizes.
 */
export const UNBOUNDED_SKETCH_ERROR = 0.005;

/** The engine's own rank error on top of the 1/Q of the quantile spacing (DuckDB's buckets measure theirs). */
export function engineRankError(dialect: Dialect): number {
  if (dialect === 'spark') return 1 / SPARK_ACCURACY;
  if (dialect === 'duckdb') return 0;
  return UNBOUNDED_SKETCH_ERROR;
}

/** A name with a control character cannot be quoted the same way in every dialect: refused. */
function checkName(name: string, what: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (name === '' || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new UserInputError(
      `${what} ${JSON.stringify(name)} is empty or holds a control character (newline, tab, ...): rename it before profiling in SQL`,
    );
  }
}

/** A quoted identifier: "a""b" (DuckDB, Snowflake), `a``b` (Spark), `a\`b` with backslashes escaped (BigQuery). */
export function quoteIdentifier(name: string, dialect: Dialect): string {
  checkName(name, 'the name');
  if (dialect === 'spark') return `\`${name.replaceAll('`', '``')}\``;
  if (dialect === 'bigquery') return `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
  return `"${name.replaceAll('"', '""')}"`;
}

/** A table name: each dot-separated part quoted (`project.dataset.table`); a part may not be empty. */
export function quoteTable(table: string, dialect: Dialect): string {
  const parts = table.split('.');
  if (parts.some((part) => part === '')) {
    throw new UserInputError(
      `--table ${JSON.stringify(table)}: give a name, or dot-separated parts (db.schema.table)`,
    );
  }
  return parts.map((part) => quoteIdentifier(part, dialect)).join('.');
}

/** A DuckDB string literal ('' doubled): the path of the files the DuckDB engine reads. */
export function duckdbString(text: string): string {
  checkName(text, 'the path');
  return `'${text.replaceAll("'", "''")}'`;
}

const TEXT_TYPE: Record<Dialect, string> = {
  duckdb: 'VARCHAR',
  spark: 'STRING',
  bigquery: 'STRING',
  snowflake: 'VARCHAR',
};
const FLOAT_TYPE: Record<Dialect, string> = {
  duckdb: 'DOUBLE',
  spark: 'DOUBLE',
  bigquery: 'FLOAT64',
  snowflake: 'DOUBLE',
};
const INT_TYPE: Record<Dialect, string> = {
  duckdb: 'BIGINT',
  spark: 'BIGINT',
  bigquery: 'INT64',
  snowflake: 'BIGINT',
};

/** A date/timestamp as epoch milliseconds (what profiles keep for datetime columns). */
function epochMs(column: string, dialect: Dialect): string {
  switch (dialect) {
    case 'duckdb':
      return `epoch_ms(CAST(${column} AS TIMESTAMP))`;
    case 'spark':
      return `unix_millis(CAST(${column} AS TIMESTAMP))`;
    case 'bigquery':
      return `UNIX_MILLIS(CAST(${column} AS TIMESTAMP))`;
    case 'snowflake':
      return `DATE_PART(EPOCH_MILLISECOND, CAST(${column} AS TIMESTAMP))`;
  }
}

interface Built {
  readonly dialect: Dialect;
  readonly source: string;
  readonly topK: number;
  readonly quantiles: number;
}

/** One output row: the six columns in order, typed the same in every branch of the UNION ALL. */
function row(
  b: Built,
  index: number,
  stat: string,
  parts: { value?: string; upper?: string; label?: string; n?: string },
): string {
  const typed = (part: string | undefined, type: string) => `CAST(${part ?? 'NULL'} AS ${type})`;
  const f = FLOAT_TYPE[b.dialect];
  return [
    `${typed(String(index), INT_TYPE[b.dialect])} AS col`,
    `'${stat}' AS stat`,
    `${typed(parts.value, f)} AS value`,
    `${typed(parts.upper, f)} AS upper`,
    `${typed(parts.label, TEXT_TYPE[b.dialect])} AS label`,
    `${typed(parts.n, INT_TYPE[b.dialect])} AS n`,
  ].join(', ');
}

/** The evenly spaced ranks 0, 1/Q, ..., 1 as a list literal of the dialect. */
function ranks(b: Built): string[] {
  return Array.from({ length: b.quantiles + 1 }, (_, j) => String(j / b.quantiles));
}

/** The approximate quantiles of `v` (a column of the CTE `p`), one per row as `q`. */
function quantileRows(b: Built, v: string): string {
  const list = ranks(b).join(', ');
  switch (b.dialect) {
    case 'duckdb':
      return `SELECT unnest(approx_quantile(${v}, [${list}])) AS q FROM p WHERE ${v} IS NOT NULL`;
    case 'spark':
      return `SELECT explode(percentile_approx(${v}, array(${list}), ${SPARK_ACCURACY})) AS q FROM p WHERE ${v} IS NOT NULL`;
    case 'bigquery':
      return `SELECT q FROM UNNEST((SELECT APPROX_QUANTILES(${v}, ${b.quantiles}) FROM p WHERE ${v} IS NOT NULL)) AS q`;
    case 'snowflake':
      // SEQ4() may skip numbers: ROW_NUMBER() over it gives 0..Q without gaps (Snowflake's GENERATOR docs)
      return (
        `SELECT APPROX_PERCENTILE_ESTIMATE(s.state, g.r) AS q FROM (SELECT APPROX_PERCENTILE_ACCUMULATE(${v}) AS state FROM p WHERE ${v} IS NOT NULL) s, ` +
        `(SELECT (ROW_NUMBER() OVER (ORDER BY SEQ4()) - 1) / ${b.quantiles} AS r FROM TABLE(GENERATOR(ROWCOUNT => ${b.quantiles + 1}))) g`
      );
  }
}

/** The SELECTs of one number or date column (`v` the projected value in `p`). */
function numberSelects(b: Built, index: number, v: string): string[] {
  const out = [
    `SELECT ${row(b, index, 'present', { n: `COUNT(${v})` })} FROM p`,
    `SELECT ${row(b, index, 'non_integer', { n: `SUM(CASE WHEN ${v} <> FLOOR(${v}) THEN 1 ELSE 0 END)` })} FROM p`,
    `SELECT ${row(b, index, 'distinct', { n: `COUNT(DISTINCT ${v})` })} FROM p`,
    `SELECT ${row(b, index, 'min', { value: `MIN(${v})` })} FROM p`,
    `SELECT ${row(b, index, 'max', { value: `MAX(${v})` })} FROM p`,
    `SELECT ${row(b, index, 'mean', { value: `AVG(${v})` })} FROM p`,
    `SELECT ${row(b, index, 'value_count', { value: 'v', n: 'c' })} FROM (SELECT ${v} AS v, COUNT(*) AS c FROM p WHERE ${v} IS NOT NULL GROUP BY ${v} ORDER BY c DESC, v LIMIT ${EXACT_LIMIT + 1}) t`,
  ];
  if (b.dialect === 'duckdb') {
    // exact counts between the approximate quantiles (and the minimum): an ASOF join puts each value in its bucket
    out.push(
      `SELECT ${row(b, index, 'bucket', { value: 'MIN(x.v)', upper: 'MAX(x.v)', n: 'COUNT(*)' })} FROM (SELECT ${v} AS v FROM p WHERE ${v} IS NOT NULL) x ` +
        `ASOF JOIN (SELECT DISTINCT q FROM (${quantileRows(b, v)} UNION ALL SELECT MIN(${v}) FROM p)) e ON x.v >= e.q GROUP BY e.q`,
    );
  } else {
    out.push(`SELECT ${row(b, index, 'quantile', { value: 'q' })} FROM (${quantileRows(b, v)}) t`);
  }
  return out;
}

/** The SELECTs of one text column: counts, distinct, the top K categories. */
function textSelects(b: Built, index: number, v: string): string[] {
  return [
    `SELECT ${row(b, index, 'present', { n: `COUNT(${v})` })} FROM p`,
    `SELECT ${row(b, index, 'distinct', { n: `COUNT(DISTINCT ${v})` })} FROM p`,
    `SELECT ${row(b, index, 'category', { label: 'v', n: 'c' })} FROM (SELECT ${v} AS v, COUNT(*) AS c FROM p WHERE ${v} IS NOT NULL GROUP BY ${v} ORDER BY c DESC, v LIMIT ${b.topK}) t`,
  ];
}

export interface SqlOptions {
  readonly topK?: number;
  readonly quantiles?: number;
}

/**
 * The SQL that computes a profile of `source` (a quoted table name, or for the DuckDB engine a
 * read_parquet(...) call) with these columns. Text: empty strings count as missing, as in CSV;
 * booleans read as text (`true`/`false`); dates as epoch milliseconds.
 */
export function profileSql(
  dialect: Dialect,
  source: { table: string } | { expression: string },
  columns: readonly SqlColumn[],
  options: SqlOptions = {},
): string {
  const b: Built = {
    dialect,
    source: 'table' in source ? quoteTable(source.table, dialect) : source.expression,
    topK: options.topK ?? DEFAULT_TOP_K,
    quantiles: options.quantiles ?? DEFAULT_QUANTILES,
  };
  if (columns.length === 0) throw new UserInputError('no columns to profile: the sample or schema has none');
  const projections = columns.map((column, index) => {
    const quoted = quoteIdentifier(column.name, dialect);
    const value =
      column.kind === 'number'
        ? `CAST(${quoted} AS ${FLOAT_TYPE[dialect]})`
        : column.kind === 'date'
          ? `CAST(${epochMs(quoted, dialect)} AS ${FLOAT_TYPE[dialect]})`
          : `NULLIF(CAST(${quoted} AS ${TEXT_TYPE[dialect]}), '')`;
    return `${value} AS c${index}`;
  });
  const selects = [`SELECT ${row(b, -1, 'rows', { n: 'COUNT(*)' })} FROM p`];
  columns.forEach((column, index) => {
    const v = `c${index}`;
    selects.push(...(column.kind === 'text' ? textSelects(b, index, v) : numberSelects(b, index, v)));
  });
  return [
    `-- drift-gate profile ${PROFILE_VERSION} (${dialect}): ${columns.length} columns, top ${b.topK} categories, ${b.quantiles} quantiles`,
    `-- columns by index: ${columns.map((column, index) => `${index}=${column.kind}`).join(' ')}`,
    `WITH p AS (SELECT ${projections.join(', ')} FROM ${b.source})`,
    selects.join('\nUNION ALL\n'),
    '',
  ].join('\n');
}

/** One result row as read back (numbers may arrive as strings, e.g. BigQuery's INT64). */
export interface SqlResultRow {
  readonly col: number;
  readonly stat: string;
  readonly value: number | null;
  readonly upper: number | null;
  readonly label: string | null;
  readonly n: number | null;
}

const NUMBER_FIELDS = ['col', 'value', 'upper', 'n'] as const;

/** Parses the result file: a JSON array of row objects, or JSON Lines (one object per line). */
export function parseSqlResult(text: string, file: string): SqlResultRow[] {
  const trimmed = text.trim();
  let records: unknown[];
  try {
    records = trimmed.startsWith('[')
      ? (JSON.parse(trimmed) as unknown[])
      : trimmed
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line));
  } catch (error) {
    throw new UserInputError(`not a JSON array or JSON Lines of result rows: ${(error as Error).message}`, {
      file,
    });
  }
  return records.map((record, k) => {
    if (typeof record !== 'object' || record === null)
      throw new UserInputError(`row ${k + 1} is not an object`, { file });
    const fields = Object.fromEntries(
      Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]),
    );
    const out: Record<string, unknown> = { stat: fields.stat, label: fields.label ?? null };
    for (const key of NUMBER_FIELDS) {
      const raw = fields[key];
      const value =
        raw === null || raw === undefined ? null : typeof raw === 'bigint' ? Number(raw) : Number(raw);
      if (value !== null && !Number.isFinite(value)) {
        throw new UserInputError(`row ${k + 1}: "${key}" is not a number (${JSON.stringify(raw)})`, { file });
      }
      out[key] = value;
    }
    if (typeof out.stat !== 'string' || out.col === null) {
      throw new UserInputError(
        `row ${k + 1} has no "col" and "stat": is this the result of drift-gate's SQL?`,
        { file },
      );
    }
    if (out.label !== null) out.label = String(out.label);
    return out as unknown as SqlResultRow;
  });
}

function sumOf(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** One column's profile from its result rows. */
function columnFromRows(
  column: SqlColumn,
  rows: readonly SqlResultRow[],
  total: number,
  dialect: Dialect,
  options: Required<SqlOptions>,
  file: string,
): ProfileColumn {
  const one = (stat: string): SqlResultRow | undefined => rows.find((r) => r.stat === stat);
  const count = (stat: string): number => one(stat)?.n ?? 0;
  const present = count('present');
  const distinct = count('distinct');
  const base = {
    name: column.name,
    kind: column.kind,
    forced: null,
    present,
    missing: total - present,
    coerced: 0,
  };
  if (present > total)
    throw new UserInputError(`column ${JSON.stringify(column.name)}: more present values than rows`, {
      file,
    });
  if (column.kind === 'text') {
    const categories = rows.filter((r) => r.stat === 'category' && r.label !== null && r.n !== null);
    if (present > 20 && distinct >= UNIQUE_SHARE * present) {
      return { ...base, allInteger: true, distinct, identifier: 'unique', numbers: null, categories: null };
    }
    const kept = categories.slice(0, options.topK);
    const levels = kept.map((r) => r.label as string);
    const counts = kept.map((r) => r.n as number);
    const nullLike = levels
      .map((level, i) => (DEFAULT_MISSING_VALUES.includes(level) ? i : -1))
      .filter((i) => i >= 0);
    return {
      ...base,
      allInteger: true,
      distinct,
      identifier: 'none',
      numbers: null,
      categories: {
        levels,
        counts,
        nullLike,
        otherCount: present - sumOf(counts),
        otherLevels: distinct - levels.length,
      },
    };
  }
  const allInteger = column.kind === 'number' && count('non_integer') === 0;
  const min = one('min')?.value ?? null;
  const max = one('max')?.value ?? null;
  const meanValue = one('mean')?.value ?? null;
  const none = { ...base, allInteger, distinct, numbers: null, categories: null };
  if (present === 0 || min === null || max === null) return { ...none, identifier: 'none' };
  // without row order, an integer column whose values are all distinct is taken as a row id
  if (allInteger && present >= 20 && distinct === present && column.kind === 'number') {
    const numbers = { exact: false, min, max, values: [], counts: [], rankError: 1, meanValue: null };
    return { ...base, allInteger, distinct, identifier: 'row-id', numbers, categories: null };
  }
  const valueCounts = rows
    .filter((r) => r.stat === 'value_count' && r.value !== null && r.n !== null)
    .sort((a, b) => (a.value as number) - (b.value as number));
  if (distinct <= EXACT_LIMIT && valueCounts.length === distinct) {
    const numbers = {
      exact: true,
      min,
      max,
      values: valueCounts.map((r) => r.value as number),
      counts: valueCounts.map((r) => r.n as number),
      rankError: 0,
      meanValue,
    };
    return { ...base, allInteger, distinct, identifier: 'none', numbers, categories: null };
  }
  const buckets = rows
    .filter((r) => r.stat === 'bucket' && r.value !== null && r.n !== null)
    .sort((a, b) => (a.value as number) - (b.value as number));
  if (buckets.length > 0) {
    let rankError = 0;
    for (const bucket of buckets)
      if (bucket.upper !== bucket.value) rankError = Math.max(rankError, (bucket.n as number) / present);
    const numbers = {
      exact: false,
      min,
      max,
      values: buckets.map((r) => r.value as number),
      counts: buckets.map((r) => r.n as number),
      rankError,
      meanValue,
    };
    return { ...base, allInteger, distinct, identifier: 'none', numbers, categories: null };
  }
  const quantiles = rows
    .filter((r) => r.stat === 'quantile' && r.value !== null)
    .map((r) => r.value as number)
    .sort((a, b) => a - b);
  // Q + 1 quantiles at ranks j / Q: each of the Q gaps holds 1 / Q of the values (equal edges merged)
  const edges = [min, ...quantiles.slice(1, -1)].filter((value, i, all) => i === 0 || value > all[i - 1]);
  const shares = edges.map(() => 0);
  const gaps = Math.max(1, quantiles.length - 1);
  for (let j = 0; j < gaps; j++) {
    const lower = j === 0 ? min : quantiles[j];
    let k = edges.length - 1;
    while (k > 0 && edges[k] > lower) k--;
    shares[k]++;
  }
  const counts = scaleShares(shares, present);
  const numbers = {
    exact: false,
    min,
    max,
    values: edges,
    counts,
    rankError: Math.min(1, Math.max(...shares) / gaps + engineRankError(dialect)),
    meanValue,
  };
  return { ...base, allInteger, distinct, identifier: 'none', numbers, categories: null };
}

/** Integer counts summing to `total` in proportion to `shares` (running sum rounded). */
function scaleShares(shares: readonly number[], total: number): number[] {
  const sum = sumOf(shares);
  let running = 0;
  let previous = 0;
  return shares.map((share) => {
    running += share;
    const next = Math.round((running * total) / sum);
    const out = next - previous;
    previous = next;
    return out;
  });
}

/** The profile from the rows of profileSql's result (no multivariate model: SQL profiles carry none). */
export function profileFromSqlRows(
  rows: readonly SqlResultRow[],
  columns: readonly SqlColumn[],
  meta: { dialect: Dialect; source: string; engine: 'duckdb' | 'sql'; file: string } & SqlOptions,
  now = new Date(),
): ProfileFile {
  const options = { topK: meta.topK ?? DEFAULT_TOP_K, quantiles: meta.quantiles ?? DEFAULT_QUANTILES };
  const total = rows.find((r) => r.stat === 'rows' && r.col === -1)?.n;
  if (total === undefined || total === null) {
    throw new UserInputError(
      "the result has no row count (col -1, stat rows): is this the result of drift-gate's SQL?",
      {
        file: meta.file,
      },
    );
  }
  const byColumn = columns.map(() => [] as SqlResultRow[]);
  for (const r of rows) {
    if (r.col === -1) continue;
    if (!Number.isInteger(r.col) || r.col < 0 || r.col >= columns.length) {
      throw new UserInputError(
        `a row names column index ${r.col}, but the column list has ${columns.length}: give the same sample or schema as for the SQL`,
        {
          file: meta.file,
        },
      );
    }
    byColumn[r.col].push(r);
  }
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    tool: { name: 'drift-gate', version: VERSION },
    createdAt: now.toISOString(),
    source: meta.source,
    engine: meta.engine,
    rows: total,
    delimiter: ',',
    topK: options.topK,
    quantiles: options.quantiles,
    exactLimit: EXACT_LIMIT,
    columns: columns.map((column, index) =>
      columnFromRows(column, byColumn[index], total, meta.dialect, options, meta.file),
    ),
    multivariate: null,
  };
}
