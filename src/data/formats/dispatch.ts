/**
 * One side's bytes to a RawTable, whatever the format: the compression (gzip, zstd) is undone,
 * then the format detected from the name and checked against the bytes (detect.ts) picks the
 * reader: CSV/TSV text (scan.ts), Parquet (parquet.ts), JSON Lines or a JSON array (json.ts).
 */
import { scanCsv } from '../scan.js';
import type { RawTable, ScanOptions } from '../scan-rows.js';
import { decompress } from './decompress.js';
import { detectCompression, detectTableFormat } from './detect.js';
import { readJsonArray, readJsonLines } from './json.js';
import { readParquet } from './parquet.js';

/**
 * Reads `bytes`, the content of the file called `name` (its extension declares the format),
 * into a RawTable; messages name `label`.
 */
export async function scanAnyFormat(
  bytes: Uint8Array,
  name: string,
  label: string,
  options: ScanOptions,
): Promise<RawTable> {
  const compression = detectCompression(name, label, bytes);
  const content = compression === 'none' ? bytes : await decompress(bytes, compression, label);
  switch (detectTableFormat(name, label, content)) {
    case 'parquet':
      return readParquet(content, label, options);
    case 'jsonl':
      return readJsonLines(content, label, options, /\.json(\.(gz|zst))?$/i.test(name));
    case 'json':
      return readJsonArray(content, label, options);
    default:
      return scanCsv(content, label, options);
  }
}
