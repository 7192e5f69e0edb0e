/**
 * `drift-gate profile --engine duckdb`: a profile of Parquet files (a path or a glob) computed by
 * DuckDB on the runner, out of core, with the DuckDB dialect of engine/profile/sql.ts. DuckDB is an
 * optional dependency (@duckdb/node-api, a native binary): imported here only, at run time, so the
 * action bundle never needs it and a missing install is one clear error.
 */

import {
  duckdbString,
  profileFromSqlRows,
  profileSql,
  type SqlColumn,
  type SqlOptions,
  type SqlResultRow,
} from '../engine/profile/sql.js';
import { UserInputError } from '../errors.js';
import type { ProfileFile } from '../report/model.js';

/** The parts of @duckdb/node-api this module uses. */
interface DuckDbConnection {
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  closeSync?(): void;
}
interface DuckDbModule {
  DuckDBInstance: {
    create(
      path: string,
      options?: Record<string, string>,
    ): Promise<{ connect(): Promise<DuckDbConnection>; closeSync?(): void }>;
  };
}

/** Loads @duckdb/node-api; a UserInputError saying how to install it when it is absent or cannot load. */
export async function loadDuckDb(): Promise<DuckDbModule> {
  // webpackIgnore: the bundler (ncc) keeps this a native import() instead of bundling the
  // package, so DuckDB stays out of dist/ and is found in node_modules at run time
  const name = '@duckdb/node-api';
  try {
    return (await import(/* webpackIgnore: true */ name)) as DuckDbModule;
  } catch (error) {
    throw new UserInputError(
      `--engine duckdb needs the optional package @duckdb/node-api (npm install @duckdb/node-api): ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

/** A DuckDB column type as a profile kind; null for types a profile skips (lists, structs, maps, blobs). */
export function kindOfDuckDbType(type: string): SqlColumn['kind'] | null {
  const t = type.toUpperCase();
  if (
    /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL.*)$/.test(
      t,
    )
  )
    return 'number';
  if (/^(DATE|TIMESTAMP.*|DATETIME)$/.test(t)) return 'date';
  if (/^(VARCHAR|BOOLEAN|ENUM.*|UUID)$/.test(t)) return 'text';
  return null;
}

function plainRow(record: Record<string, unknown>): SqlResultRow {
  const number = (value: unknown): number | null =>
    value === null || value === undefined ? null : typeof value === 'bigint' ? Number(value) : Number(value);
  return {
    col: number(record.col) as number,
    stat: String(record.stat),
    value: number(record.value),
    upper: number(record.upper),
    label: record.label === null || record.label === undefined ? null : String(record.label),
    n: number(record.n),
  };
}

export interface DuckDbProfile {
  readonly profile: ProfileFile;
  /** Columns DuckDB read but a profile skips, with their types. */
  readonly skipped: { name: string; type: string }[];
  readonly sql: string;
}

/**
 * Profiles `pattern` (Parquet files; a glob such as `data/*.parquet` reads them as one table)
 * with DuckDB. `memoryLimit` (e.g. `1GB`) caps DuckDB's memory; it spills to `tempDirectory`.
 */
export async function profileWithDuckDb(
  pattern: string,
  options: SqlOptions & { memoryLimit?: string; tempDirectory?: string } = {},
): Promise<DuckDbProfile> {
  const duckdb = await loadDuckDb();
  const config: Record<string, string> = {};
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  if (options.tempDirectory) config.temp_directory = options.tempDirectory;
  const instance = await duckdb.DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  try {
    const expression = `read_parquet(${duckdbString(pattern)})`;
    let described: Record<string, unknown>[];
    try {
      described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${expression}`)).getRowObjectsJS();
    } catch (error) {
      throw new UserInputError(
        `DuckDB cannot read it as Parquet: ${(error as Error).message.split('\n')[0]}`,
        { file: pattern },
      );
    }
    const columns: SqlColumn[] = [];
    const skipped: { name: string; type: string }[] = [];
    for (const { column_name: name, column_type: type } of described) {
      const kind = kindOfDuckDbType(String(type));
      if (kind === null) skipped.push({ name: String(name), type: String(type) });
      else columns.push({ name: String(name), kind });
    }
    const sql = profileSql('duckdb', { expression }, columns, options);
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS().map(plainRow);
    const profile = profileFromSqlRows(rows, columns, {
      dialect: 'duckdb',
      source: pattern,
      engine: 'duckdb',
      file: pattern,
      ...options,
    });
    return { profile, skipped, sql };
  } finally {
    connection.closeSync?.();
    instance.closeSync?.();
  }
}
