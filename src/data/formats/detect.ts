/**
 * Which format a data file is in: from its name's extension (`.csv`, `.tsv`, `.txt`, `.parquet`,
 * `.jsonl`, `.ndjson`, `.json`, each optionally followed by `.gz` or `.zst`), checked against its
 * first bytes (Parquet's `PAR1`, gzip's 1f 8b, zstd's 28 b5 2f fd, JSON's `[` or `{`). A name and
 * bytes that disagree are one UserInputError naming the file; a name without a known extension is
 * read by its bytes (Parquet, compressed, else CSV text as before). O(1) in the file size.
 */
import { UserInputError } from '../../errors.js';

/** The table formats drift-gate reads. `json` is one JSON array of records. */
export type TableFormat = 'csv' | 'parquet' | 'jsonl' | 'json';
export type Compression = 'none' | 'gzip' | 'zstd';

export interface DetectedFormat {
  readonly format: TableFormat;
  readonly compression: Compression;
}

const TABLE_EXTENSIONS: Readonly<Record<string, TableFormat>> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  parquet: 'parquet',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
};

const COMPRESSION_EXTENSIONS: Readonly<Record<string, Compression>> = { gz: 'gzip', zst: 'zstd' };

/** Delimited-text extensions without a declared format: read by their bytes (as CSV text). */
const TEXT_EXTENSIONS = ['psv', 'dat'];

/**
 * The extensions that name a data file, e.g. in a glob of periods (`.csv`, ..., `.json`, and the
 * delimited text `.psv`, `.dat`), each of which may end in `.gz` or `.zst`.
 */
export const DATA_FILE_EXTENSIONS: readonly string[] = [
  ...Object.keys(TABLE_EXTENSIONS),
  ...TEXT_EXTENSIONS,
].map((extension) => `.${extension}`);

/** Whether a file name (or a glob pattern's last part) ends in a data-file extension. */
export function isDataFileName(name: string): boolean {
  if (formatFromName(name) !== null) return true;
  const extension = name
    .replace(/^.*[\\/]/, '')
    .toLowerCase()
    .split('.')
    .slice(1)
    .at(-1);
  return extension !== undefined && TEXT_EXTENSIONS.includes(extension);
}

/** What a format is called in messages. */
export const FORMAT_NAMES: Readonly<Record<TableFormat, string>> = {
  csv: 'CSV text',
  parquet: 'Parquet',
  jsonl: 'JSON Lines',
  json: 'JSON',
};

/**
 * The format and compression a file name declares (case-insensitive), or null when its extension
 * is not one of the known ones. `train.csv.gz` is gzip-compressed CSV; `x.gz` alone declares
 * gzip around CSV text.
 */
export function formatFromName(name: string): DetectedFormat | null {
  const base = name.replace(/^.*[\\/]/, '').toLowerCase();
  const parts = base.split('.').slice(1);
  let compression: Compression = 'none';
  const last = parts.at(-1);
  if (last !== undefined && Object.hasOwn(COMPRESSION_EXTENSIONS, last)) {
    compression = COMPRESSION_EXTENSIONS[last];
    parts.pop();
  }
  const inner = parts.at(-1);
  if (inner !== undefined && Object.hasOwn(TABLE_EXTENSIONS, inner)) {
    return { format: TABLE_EXTENSIONS[inner], compression };
  }
  return compression === 'none' ? null : { format: 'csv', compression };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, k) => bytes[k] === byte);
}

const PAR1 = [0x50, 0x41, 0x52, 0x31];
const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];

/** The compression the first bytes show, if any. */
export function compressionOfBytes(bytes: Uint8Array): Compression {
  if (startsWith(bytes, GZIP)) return 'gzip';
  if (startsWith(bytes, ZSTD)) return 'zstd';
  return 'none';
}

/** Whether the bytes start (and, when whole, end) with Parquet's magic `PAR1`. */
export function isParquetBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, PAR1);
}

/** The first byte after a UTF-8 BOM and whitespace, or -1 when there is none. */
export function firstTextByte(bytes: Uint8Array): number {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
  return i < bytes.length ? bytes[i] : -1;
}

const COMPRESSION_NAMES: Readonly<Record<Compression, string>> = {
  none: 'uncompressed',
  gzip: 'gzip-compressed',
  zstd: 'zstd-compressed',
};

/**
 * The compression to undo before reading `bytes` (the file's raw bytes), checked against the
 * name. Throws a UserInputError naming `label` when they disagree.
 */
export function detectCompression(name: string, label: string, bytes: Uint8Array): Compression {
  const declared = formatFromName(name);
  const found = compressionOfBytes(bytes);
  if (declared === null) return found;
  if (declared.compression !== found) {
    const suffix = found === 'gzip' ? '.gz' : found === 'zstd' ? '.zst' : '';
    const hint =
      found === 'none'
        ? `; drop the ${declared.compression === 'gzip' ? '.gz' : '.zst'} from its name or compress it`
        : `; name it with ${suffix} at the end (e.g. ${stripCompression(baseName(name))}${suffix}) so it is decompressed`;
    throw new UserInputError(
      `this file is ${COMPRESSION_NAMES[found]} but its name says ${COMPRESSION_NAMES[declared.compression]}${hint}`,
      { file: label },
    );
  }
  return found;
}

/**
 * The table format of `bytes` (already decompressed), checked against the name's extension.
 * Throws a UserInputError naming `label` when they disagree.
 */
export function detectTableFormat(name: string, label: string, bytes: Uint8Array): TableFormat {
  const declared = formatFromName(name)?.format ?? null;
  const parquet = isParquetBytes(bytes);
  if (declared === null) return parquet ? 'parquet' : 'csv';
  const mismatch = (what: string): never => {
    throw new UserInputError(
      `the name says ${FORMAT_NAMES[declared]} (${extensionOf(name)}) but ${what}: ` +
        'rename the file to match its content, or convert it',
      { file: label },
    );
  };
  if (declared === 'parquet') {
    if (!parquet) mismatch('the file does not start with the Parquet magic bytes PAR1');
    return 'parquet';
  }
  if (parquet) mismatch('the content is a Parquet file (it starts with PAR1)');
  const inner = compressionOfBytes(bytes);
  if (inner !== 'none') mismatch(`the content is ${COMPRESSION_NAMES[inner]} once more`);
  if (declared === 'jsonl' || declared === 'json') {
    const first = firstTextByte(bytes);
    if (first === -1) {
      throw new UserInputError(`the file is empty: expected ${FORMAT_NAMES[declared]} records`, {
        file: label,
      });
    }
    const expected = declared === 'json' ? '[ (an array of records) or {' : '{ (one object per line)';
    if (first !== 0x7b && (declared === 'jsonl' || first !== 0x5b)) {
      mismatch(`the content does not start with ${expected}`);
    }
    // A `.json` file of objects one per line (pandas `lines=True`) is read as JSON Lines.
    return declared === 'json' && first === 0x7b ? 'jsonl' : declared;
  }
  return 'csv';
}

function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '');
}

function stripCompression(name: string): string {
  return name.replace(/\.(gz|zst)$/i, '');
}

/** The known extensions at the end of a name, e.g. `.csv.gz`, for messages. */
function extensionOf(name: string): string {
  const match = /((?:\.[a-z0-9]+)?\.(?:gz|zst)|\.[a-z0-9]+)$/i.exec(baseName(name));
  return match ? match[1] : baseName(name);
}
