/**
 * `drift-gate profile`: writes a reference profile (no rows; docs/profile.schema.json) that any
 * `reference` may then name. Three routes (README "Large data"):
 *   --reference data/train.csv --out train.profile.json               in-process
 *   --engine duckdb --reference 'data/*.parquet' --out big.profile.json   DuckDB on the runner
 *   --sql <dialect> --table NAME --sample s.csv | --schema s.json     prints the SQL for the warehouse
 *   --sql <dialect> --from-sql-result result.json --sample|--schema ... --out wh.profile.json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readAndScan } from '../data/read.js';
import { columnTypeOverrides } from '../engine/pipeline.js';
import { buildProfile, DEFAULT_QUANTILES, DEFAULT_TOP_K } from '../engine/profile/build.js';
import {
  DIALECTS,
  type Dialect,
  parseSqlResult,
  profileFromSqlRows,
  profileSql,
  type SqlColumn,
} from '../engine/profile/sql.js';
import { UserInputError } from '../errors.js';
import { formatCount } from '../report/format.js';
import type { ProfileFile } from '../report/model.js';
import { gatherSettings } from '../settings/gather.js';
import { kindOfDuckDbType, profileWithDuckDb } from './duckdb.js';

export const PROFILE_HELP = `Usage: drift-gate profile [flags]  (a reference summarised without its rows; README "Large data")

  --reference <file>         The reference to profile (CSV in-process; Parquet files or a glob with --engine duckdb)
  --out <file>               Where to write the profile (e.g. train.profile.json)
  --engine <name>            in-process (default) or duckdb (needs the optional package @duckdb/node-api)
  --memory-limit <size>      DuckDB's memory limit, e.g. 2GB (it spills to disk beyond it)
  --top-k <n>                Categories kept per text column (default ${DEFAULT_TOP_K}); the rest count as "other"
  --quantiles <n>            Quantile buckets per number column (default ${DEFAULT_QUANTILES})
  --config <file>            Settings file (target, prediction, columns, ... shape the multivariate model)
  --sql <dialect>            Print the SQL that computes the profile: ${DIALECTS.join(', ')}
  --table <name>             The table the SQL reads (db.schema.table; each part quoted)
  --sample <file>            A small CSV sample of the table: its columns and their kinds
  --schema <file>            Or a JSON list of {"name", "type"} (number, date, text, or a SQL type)
  --from-sql-result <file>   Read the SQL's result rows (JSON array or JSON Lines) into a profile (with --sql, --out)`;

const FLAGS = {
  reference: { type: 'string' },
  out: { type: 'string' },
  engine: { type: 'string' },
  'memory-limit': { type: 'string' },
  'top-k': { type: 'string' },
  quantiles: { type: 'string' },
  config: { type: 'string' },
  sql: { type: 'string' },
  table: { type: 'string' },
  sample: { type: 'string' },
  schema: { type: 'string' },
  'from-sql-result': { type: 'string' },
  help: { type: 'boolean' },
} as const;

type Flags = Partial<Record<keyof typeof FLAGS, string | boolean>>;

function positiveInteger(
  flags: Flags,
  key: 'top-k' | 'quantiles',
  low: number,
  high: number,
): number | undefined {
  const text = flags[key];
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < low || value > high) {
    throw new UserInputError(
      `--${key}: expected an integer from ${low} to ${high}, got ${JSON.stringify(text)}`,
    );
  }
  return value;
}

function text(flags: Flags, key: keyof typeof FLAGS): string | undefined {
  const value = flags[key];
  return typeof value === 'string' ? value : undefined;
}

function writeFile(path: string, content: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (error) {
    throw new UserInputError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

function readText(path: string, label: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserInputError(
      `cannot read it: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { file: label },
    );
  }
}

/** The columns for the SQL: from a CSV sample (kinds as the reader sees them) or a JSON schema. */
async function sqlColumns(flags: Flags, cwd: string): Promise<SqlColumn[]> {
  const sample = text(flags, 'sample');
  const schema = text(flags, 'schema');
  if ((sample === undefined) === (schema === undefined)) {
    throw new UserInputError(
      'give the columns with --sample <file.csv> or --schema <file.json> (one of them)',
    );
  }
  if (sample !== undefined) {
    const raw = await readAndScan({ label: sample, path: resolve(cwd, sample) }, { missingValues: [''] });
    return raw.columns.map((column) => ({
      name: column.name,
      kind: column.kind === 'number' || column.kind === 'date' ? column.kind : 'text',
    }));
  }
  const label = schema as string;
  let data: unknown;
  try {
    data = JSON.parse(readText(resolve(cwd, label), label));
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    throw new UserInputError(`not JSON: ${(error as Error).message}`, { file: label });
  }
  const list = Array.isArray(data) ? data : (data as { columns?: unknown })?.columns;
  if (!Array.isArray(list) || list.length === 0) {
    throw new UserInputError('expected a non-empty list of {"name", "type"} (or {"columns": [...]})', {
      file: label,
    });
  }
  return list.map((entry, k) => {
    const { name, type } = (entry ?? {}) as { name?: unknown; type?: unknown };
    if (typeof name !== 'string' || typeof type !== 'string') {
      throw new UserInputError(`entry ${k + 1} needs a "name" and a "type" (text)`, { file: label });
    }
    const kind = ['number', 'date', 'text'].includes(type)
      ? (type as SqlColumn['kind'])
      : kindOfDuckDbType(
          type.replace(
            /^(INT64|FLOAT64|NUMERIC|BIGNUMERIC|STRING|BOOL|INT|LONG|NUMBER)$/i,
            (t) => SQL_ALIASES[t.toUpperCase()],
          ),
        );
    if (kind === null) {
      throw new UserInputError(
        `column ${JSON.stringify(name)}: type ${JSON.stringify(type)} is not one a profile reads (number, date, text or a SQL type of those)`,
        {
          file: label,
        },
      );
    }
    return { name, kind };
  });
}

/** Warehouse type names that DuckDB spells differently. */
const SQL_ALIASES: Record<string, string> = {
  INT64: 'BIGINT',
  FLOAT64: 'DOUBLE',
  NUMERIC: 'DECIMAL',
  BIGNUMERIC: 'DECIMAL',
  STRING: 'VARCHAR',
  BOOL: 'BOOLEAN',
  INT: 'INTEGER',
  LONG: 'BIGINT',
  NUMBER: 'DECIMAL',
};

function dialectOf(flags: Flags): Dialect {
  const dialect = text(flags, 'sql');
  if (!DIALECTS.includes(dialect as Dialect)) {
    throw new UserInputError(`--sql: expected one of ${DIALECTS.join(', ')}, got ${JSON.stringify(dialect)}`);
  }
  return dialect as Dialect;
}

function summaryLine(profile: ProfileFile, out: string): string {
  const sketched = profile.columns.filter(
    (c) => c.numbers && !c.numbers.exact && c.identifier === 'none',
  ).length;
  return `wrote ${out}: ${formatCount(profile.rows)} rows, ${profile.columns.length} columns (${sketched} as quantile sketches), engine ${profile.engine}`;
}

export interface ProfileIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** Runs `drift-gate profile ...`; throws UserInputError for bad usage or input (main.ts prints it). */
export async function profileCommand(argv: readonly string[], io: ProfileIo): Promise<void> {
  let flags: Flags;
  try {
    ({ values: flags } = parseArgs({
      args: [...argv],
      options: FLAGS,
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new UserInputError(`${(error as Error).message} (run 'drift-gate profile --help')`);
  }
  if (flags.help) {
    io.stdout(PROFILE_HELP);
    return;
  }
  const topK = positiveInteger(flags, 'top-k', 1, 100_000);
  const quantiles = positiveInteger(flags, 'quantiles', 2, 65_536);
  const out = text(flags, 'out');
  if (text(flags, 'sql') !== undefined) {
    const dialect = dialectOf(flags);
    const columns = await sqlColumns(flags, io.cwd);
    const result = text(flags, 'from-sql-result');
    if (result === undefined) {
      const table = text(flags, 'table');
      if (table === undefined)
        throw new UserInputError('--sql needs --table <name> (or --from-sql-result <file>)');
      io.stdout(profileSql(dialect, { table }, columns, { topK, quantiles }));
      return;
    }
    if (out === undefined) throw new UserInputError('--from-sql-result needs --out <file> for the profile');
    const rows = parseSqlResult(readText(resolve(io.cwd, result), result), result);
    const source = text(flags, 'table') ?? result;
    const profile = profileFromSqlRows(rows, columns, {
      dialect,
      source: `${dialect}:${source}`,
      engine: 'sql',
      file: result,
      topK,
      quantiles,
    });
    writeFile(resolve(io.cwd, out), `${JSON.stringify(profile)}\n`);
    io.stdout(summaryLine(profile, out));
    return;
  }
  const reference = text(flags, 'reference');
  if (reference === undefined)
    throw new UserInputError("profile needs --reference <file> (run 'drift-gate profile --help')");
  if (out === undefined) throw new UserInputError('profile needs --out <file> (e.g. train.profile.json)');
  const engine = text(flags, 'engine') ?? 'in-process';
  let profile: ProfileFile;
  if (engine === 'duckdb') {
    const result = await profileWithDuckDb(resolve(io.cwd, reference), {
      topK,
      quantiles,
      memoryLimit: text(flags, 'memory-limit'),
    });
    profile = { ...result.profile, source: reference };
    for (const { name, type } of result.skipped)
      io.stderr(`drift-gate: column ${JSON.stringify(name)} (${type}) is not profiled: nested or binary`);
  } else if (engine === 'in-process') {
    const settings = gatherSettings({
      root: io.cwd,
      config: text(flags, 'config') ?? '',
      layer: { source: 'command-line flags', values: {} },
    });
    const raw = await readAndScan(
      { label: reference, path: resolve(io.cwd, reference) },
      {
        delimiter: settings.delimiter ?? undefined,
        missingValues: settings.missingValues,
        columnTypes: columnTypeOverrides(settings),
      },
    );
    profile = buildProfile(raw, { topK, quantiles, settings });
  } else {
    throw new UserInputError(`--engine: expected in-process or duckdb, got ${JSON.stringify(engine)}`);
  }
  writeFile(resolve(io.cwd, out), `${JSON.stringify(profile)}\n`);
  io.stdout(summaryLine(profile, out));
}
