import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTables } from '../../src/data/infer.js';
import { DEFAULT_MISSING_VALUES, loadTables, type ReadOptions } from '../../src/data/load.js';
import { MissingTokens } from '../../src/data/missing.js';
import { type RawTable, type ScanOptions, scanCsv } from '../../src/data/scan.js';
import type { Column, Table } from '../../src/data/table.js';
import { UserInputError } from '../../src/errors.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'csv');

export function fixture(name: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, name));
}

const encoder = new TextEncoder();

export function bytesOf(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Loads two CSV texts (candidate defaults to the reference text). */
export async function loadTexts(
  reference: string,
  candidate: string = reference,
  options?: ReadOptions,
): Promise<{ reference: Table; candidate: Table }> {
  return loadTables(
    { label: 'ref.csv', bytes: bytesOf(reference) },
    { label: 'cand.csv', bytes: bytesOf(candidate) },
    options,
  );
}

export function scan(
  bytes: Uint8Array,
  engine: 'auto' | 'fast' | 'csv-parse' = 'auto',
  options: Partial<ScanOptions> = {},
): RawTable {
  return scanCsv(bytes, 'file.csv', { missingValues: DEFAULT_MISSING_VALUES, ...options }, engine);
}

/** The Table of one file typed on its own (same file as both sides), through one engine. */
export function tableOf(
  bytes: Uint8Array,
  engine: 'auto' | 'fast' | 'csv-parse' = 'auto',
  options: Partial<ScanOptions> = {},
): Table {
  const raw = scan(bytes, engine, options);
  const raw2 = scan(bytes, engine, options);
  return buildTables(raw, raw2, { maxIntegerCategoryLevels: 10 }).reference;
}

export function column(table: Table, name: string): Column {
  const found = table.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
}

/** Plain data for deep equality (typed arrays as arrays). */
export function plain(table: Table): unknown {
  return JSON.parse(
    JSON.stringify(table, (_key, value) =>
      ArrayBuffer.isView(value)
        ? Array.from(value as Float64Array, (v) => (Number.isNaN(v) ? 'NaN' : v))
        : value,
    ),
  );
}

/** The UserInputError thrown by `run` (fails the test when none or another error is thrown). */
export async function userError(run: () => unknown): Promise<UserInputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserInputError) return error;
    throw error;
  }
  throw new Error('expected a UserInputError, nothing was thrown');
}

export { MissingTokens };
