/**
 * Reads CSV bytes into per-column raw storage (RawTable). The fast path is a byte-level scanner
 * (scan-fast.ts); inputs it does not take (text after a closing quote) go through csv-parse with
 * relaxed quoting (scan-csv-parse.ts). Both feed the same ColumnBuilder, so the result is the same.
 * Every problem with the input is a UserInputError naming the file and, where one applies, the
 * line and field.
 */
import { checkBytes, detectDelimiter, fail } from './csv-bytes.js';
import { scanWithCsvParse } from './scan-csv-parse.js';
import { NeedsCsvParse, scanFast } from './scan-fast.js';
import type { RawTable, ScanOptions } from './scan-rows.js';

export type { Delimiter } from './csv-bytes.js';
export type { RawTable, ScanOptions } from './scan-rows.js';

/**
 * Reads CSV bytes: checks them, detects the delimiter when not given, then scans (fast path,
 * csv-parse for irregular quoting; `engine` forces one for tests).
 */
export function scanCsv(
  bytes: Uint8Array,
  source: string,
  options: ScanOptions,
  engine: 'auto' | 'fast' | 'csv-parse' = 'auto',
): RawTable {
  // A plain Uint8Array view: Buffer and Uint8Array mixed would make every byte load polymorphic.
  if (Object.getPrototypeOf(bytes) !== Uint8Array.prototype) {
    bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  const delimiter = options.delimiter ?? detectDelimiter(bytes);
  checkBytes(bytes, source, delimiter);
  if (engine === 'csv-parse') return scanWithCsvParse(bytes, source, delimiter, options);
  try {
    return scanFast(bytes, source, delimiter, options);
  } catch (error) {
    if (error instanceof NeedsCsvParse && engine === 'auto') {
      return scanWithCsvParse(bytes, source, delimiter, options);
    }
    if (error instanceof NeedsCsvParse) {
      fail(source, 'text after a closing quote in a quoted field (the fast reader does not take it)');
    }
    throw error;
  }
}
