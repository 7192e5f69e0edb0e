/**
 * The CSV path for input the fast scanner does not take: csv-parse with relaxed quoting, feeding
 * the same column builders, so the RawTable is the same as the fast scanner's would be.
 */
import { parse as csvParse } from 'csv-parse/sync';
import { UserInputError } from '../errors.js';
import { bomLength, CR, type Delimiter, fail, LF } from './csv-bytes.js';
import { checkHeader, type RawTable, raggedError, type ScanOptions, ScanRows } from './scan-rows.js';

/**
 * The csv-parse path (relaxed quotes), producing the same RawTable as the fast scanner. Records
 * are fed to the column builders as they are parsed and then dropped (on_record returns null),
 * so no string per cell is kept.
 */
export function scanWithCsvParse(
  bytes: Uint8Array,
  source: string,
  delimiter: Delimiter,
  options: ScanOptions,
): RawTable {
  // Line of each record's first byte: follow the bytes from record end to record end (csv-parse
  // counts `bytes` in bytes, so the text is not decoded first: non-ASCII text would shift lines).
  let offset = bomLength(bytes);
  let line = 1;
  const advance = (to: number): void => {
    for (; offset < to; offset++) {
      const c = bytes[offset];
      if (c === LF || (c === CR && bytes[offset + 1] !== LF)) line++;
    }
  };
  const startLine = (): number => {
    let k = offset;
    for (; k < bytes.length; k++) {
      const c = bytes[k];
      if (c !== LF && c !== CR) break;
    }
    advance(k);
    return line;
  };
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(1024);
  let headerLine = 0;
  let names: string[] | null = null;
  let rows: ScanRows | null = null;
  const onRecord = (record: string[], context: { bytes: number }): null => {
    const recordLine = startLine();
    advance(context.bytes);
    if (names === null) {
      headerLine = recordLine;
      names = record;
      checkHeader(names, source, headerLine);
      rows = new ScanRows(names, options, 1024, delimiter);
      return null;
    }
    if (record.length !== names.length) raggedError(source, recordLine, names.length, record.length);
    const scanRows = rows as ScanRows;
    const row = scanRows.start(recordLine);
    for (let k = 0; k < record.length; k++) {
      const value = record[k];
      if (scratch.length < value.length * 3) scratch = new Uint8Array(value.length * 3);
      const { written } = encoder.encodeInto(value, scratch);
      scanRows.columns[k].cell(scratch, 0, written, row);
    }
    return null;
  };
  try {
    csvParse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      delimiter,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: onRecord,
    });
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    const err = error as { code?: string; lines?: number; message?: string };
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      fail(source, 'unterminated quoted field: a quote is never closed', err.lines);
    }
    fail(source, `could not read the file as CSV: ${err.message ?? String(error)}`, err.lines);
  }
  if (rows === null) fail(source, 'the file is empty: expected a CSV file with a header row');
  const scanned = rows as ScanRows;
  if (scanned.count === 0) fail(source, 'the file has a header row but no data rows', headerLine);
  return scanned.finish(source, delimiter);
}
