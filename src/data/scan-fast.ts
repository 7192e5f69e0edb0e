/**
 * The fast CSV scanner: one pass over the bytes (RFC 4180: quoted fields, doubled quotes, line
 * breaks inside quotes, CRLF/LF/CR, BOM, blank lines skipped but counted), cells handed to the
 * column builders as byte ranges. Input it does not take (text after a closing quote) throws
 * NeedsCsvParse, and scan.ts reads it with csv-parse instead.
 */
import { bomLength, CR, type Delimiter, fail, LF, QUOTE } from './csv-bytes.js';
import { FNV_OFFSET, FNV_PRIME } from './dictionary.js';
import { isDigit, NumberReader } from './numbers.js';
import {
  checkHeader,
  type RawTable,
  raggedError,
  type ScanOptions,
  ScanRows,
  unterminatedError,
} from './scan-rows.js';

/** Thrown by the fast scanner for input it leaves to csv-parse. */
export class NeedsCsvParse extends Error {}

/** Where the header ends and the data begins. */
interface Header {
  readonly names: string[];
  readonly end: number;
  readonly line: number;
}

/** Copies a quoted field's content bytes[s, e) into scratch with doubled quotes made single. */
function unescapeQuotes(bytes: Uint8Array, s: number, e: number, scratch: Uint8Array): number {
  let length = 0;
  for (let k = s; k < e; k++) {
    scratch[length++] = bytes[k];
    if (bytes[k] === QUOTE) k++;
  }
  return length;
}

/**
 * The end of the quoted field whose opening quote is at `open` (offset of the closing quote),
 * or -1 when never closed. `state[0]` receives the line breaks inside, `state[1]` 1 when the
 * field holds doubled quotes.
 */
function closingQuote(bytes: Uint8Array, open: number, state: Int32Array): number {
  const n = bytes.length;
  let breaks = 0;
  let escaped = 0;
  let j = open + 1;
  for (;;) {
    if (j >= n) return -1;
    const c = bytes[j];
    if (c === QUOTE) {
      if (j + 1 < n && bytes[j + 1] === QUOTE) {
        escaped = 1;
        j += 2;
        continue;
      }
      break;
    }
    if (c === LF || (c === CR && bytes[j + 1] !== LF)) breaks++;
    j++;
  }
  state[0] = breaks;
  state[1] = escaped;
  return j;
}

/** The header record starting at `start` (after BOM and blank lines). */
function readHeader(bytes: Uint8Array, start: number, line: number, delim: number, source: string): Header {
  const n = bytes.length;
  const decoder = new TextDecoder('utf-8');
  const state = new Int32Array(2);
  const names: string[] = [];
  let i = start;
  for (;;) {
    if (i < n && bytes[i] === QUOTE) {
      const close = closingQuote(bytes, i, state);
      if (close < 0) unterminatedError(source, line, names.length + 1);
      let text = decoder.decode(bytes.subarray(i + 1, close));
      if (state[1] === 1) text = text.replaceAll('""', '"');
      names.push(text);
      line += state[0];
      i = close + 1;
      if (i < n && bytes[i] !== delim && bytes[i] !== LF && bytes[i] !== CR) throw new NeedsCsvParse();
    } else {
      let j = i;
      while (j < n && bytes[j] !== delim && bytes[j] !== LF && bytes[j] !== CR) j++;
      names.push(decoder.decode(bytes.subarray(i, j)));
      i = j;
    }
    if (i < n && bytes[i] === delim) {
      i++;
      continue;
    }
    if (i < n) {
      if (bytes[i] === CR && i + 1 < n && bytes[i + 1] === LF) i++;
      i++;
      line++;
    }
    return { names, end: i, line };
  }
}

/** The fast scanner. Throws NeedsCsvParse for text after a closing quote. */
export function scanFast(
  bytes: Uint8Array,
  source: string,
  delimiter: Delimiter,
  options: ScanOptions,
): RawTable {
  const n = bytes.length;
  const delim = delimiter.charCodeAt(0);
  const stop = new Uint8Array(256);
  stop[delim] = 1;
  stop[LF] = 1;
  stop[CR] = 1;
  let scratch = new Uint8Array(1024);
  const state = new Int32Array(2);
  const numbers = new NumberReader();
  let i = bomLength(bytes);
  let line = 1;
  while (i < n && (bytes[i] === LF || bytes[i] === CR)) {
    if (bytes[i] === CR && bytes[i + 1] === LF) i++;
    i++;
    line++;
  }
  const headerLine = line;
  const header = readHeader(bytes, i, line, delim, source);
  checkHeader(header.names, source, headerLine);
  i = header.end;
  line = header.line;
  const ncols = header.names.length;

  // Capacity from the average length of the first lines (grown by doubling when short).
  const sampleEnd = Math.min(n, i + 262_144);
  let sampleLines = 0;
  for (let k = i; k < sampleEnd; k++) if (bytes[k] === LF) sampleLines++;
  let capacity =
    sampleLines > 0 ? Math.ceil(((n - i) / ((sampleEnd - i) / sampleLines)) * 1.02) + 16 : Math.min(1024, n);
  capacity = Math.max(16, Math.min(capacity, Math.ceil((n - i) / ncols) + 16));
  const rows = new ScanRows(header.names, options, capacity, delimiter);
  const columns = rows.columns;

  while (i < n) {
    const b = bytes[i];
    if (b === LF || b === CR) {
      if (b === CR && i + 1 < n && bytes[i + 1] === LF) i++;
      i++;
      line++;
      continue;
    }
    const rowLine = line;
    const row = rows.start(rowLine);
    let field = 0;
    for (;;) {
      if (i < n && bytes[i] === QUOTE) {
        const close = closingQuote(bytes, i, state);
        if (close < 0) unterminatedError(source, line, field + 1);
        line += state[0];
        if (field < ncols) {
          if (state[1] === 1) {
            if (scratch.length < close - i) scratch = new Uint8Array((close - i) * 2);
            const length = unescapeQuotes(bytes, i + 1, close, scratch);
            columns[field].cell(scratch, 0, length, row);
          } else columns[field].cell(bytes, i + 1, close, row);
        }
        i = close + 1;
        if (i < n && stop[bytes[i]] === 0) throw new NeedsCsvParse();
      } else if (field < ncols) {
        const column = columns[field];
        let j = i;
        if (column.fastNumbers) {
          // A finite number ending the cell goes straight in (read in the same pass as the scan);
          // anything else (missing, text, Infinity, spaces) through cell().
          const value = numbers.read(bytes, i, n);
          j = numbers.end;
          const code = bytes[i] === 48 && j - i > 1 && isDigit(bytes[i + 1]);
          if (value - value === 0 && (j === n || stop[bytes[j]] === 1) && !code) column.putNumber(value, row);
          else {
            while (j < n && stop[bytes[j]] === 0) j++;
            column.cell(bytes, i, j, row);
          }
        } else if (column.fastText) {
          let hash = FNV_OFFSET;
          while (j < n) {
            const c = bytes[j];
            if (stop[c] === 1) break;
            hash = Math.imul(hash ^ c, FNV_PRIME);
            j++;
          }
          column.putText(bytes, i, j, hash, row);
        } else {
          while (j < n && stop[bytes[j]] === 0) j++;
          column.cell(bytes, i, j, row);
        }
        i = j;
      } else {
        while (i < n && stop[bytes[i]] === 0) i++;
      }
      field++;
      if (i < n && bytes[i] === delim) {
        i++;
        continue;
      }
      if (i < n) {
        if (bytes[i] === CR && i + 1 < n && bytes[i + 1] === LF) i++;
        i++;
        line++;
      }
      break;
    }
    if (field !== ncols) raggedError(source, rowLine, ncols, field);
  }
  if (rows.count === 0) {
    fail(source, 'the file has a header row but no data rows', headerLine);
  }
  return rows.finish(source, delimiter);
}
