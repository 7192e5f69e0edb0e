/**
 * Format detection (extension checked against the magic bytes), gzip/zstd decompression with its
 * errors and size cap, and the regressions: `.csv.gz`, `.jsonl`, `.json` and Parquet files used to
 * fail ("decompress it first", one nonsense column per record, "row has 17 fields but the header
 * has 1", "binary file ... not CSV text"); they are read now.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXIT_FAIL, EXIT_PASS, main } from '../../src/cli/main.js';
import { decompress } from '../../src/data/formats/decompress.js';
import { formatFromName, isDataFileName } from '../../src/data/formats/detect.js';
import { loadTables } from '../../src/data/load.js';
import { bytesOf, userError } from './helpers.js';

const CSV = 'a,b\n1,x\n2,y\n3,x\n';
const ok = { label: 'ok.csv', bytes: bytesOf(CSV) };

async function errorFor(label: string, bytes: Uint8Array) {
  return userError(() => loadTables({ label, bytes }, ok, { worker: 'off' }));
}

describe('formatFromName', () => {
  it('reads the format and compression from the extensions', () => {
    expect(formatFromName('data/train.CSV')).toEqual({ format: 'csv', compression: 'none' });
    expect(formatFromName('x.tsv.zst')).toEqual({ format: 'csv', compression: 'zstd' });
    expect(formatFromName('x.ndjson.gz')).toEqual({ format: 'jsonl', compression: 'gzip' });
    expect(formatFromName('dir.v2/x.parquet')).toEqual({ format: 'parquet', compression: 'none' });
    expect(formatFromName('x.json')).toEqual({ format: 'json', compression: 'none' });
    expect(formatFromName('x.gz')).toEqual({ format: 'csv', compression: 'gzip' });
    expect(formatFromName('data/export')).toBeNull();
    expect(formatFromName('x.dat')).toBeNull();
  });
});

describe('isDataFileName', () => {
  it('is true for every data format (and .psv/.dat text), compressed or not; false for images and the unknown', () => {
    for (const name of [
      'm/*.csv',
      '*.TSV',
      'x.txt',
      '*.parquet',
      '*.jsonl',
      '*.ndjson',
      '*.json',
      '*.psv',
      '*.dat',
    ]) {
      expect(isDataFileName(name), name).toBe(true);
      expect(isDataFileName(`${name}.gz`), `${name}.gz`).toBe(true);
      expect(isDataFileName(`${name}.zst`), `${name}.zst`).toBe(true);
    }
    for (const name of ['*.png', 'x.jpeg', 'data/*.xyz', 'data.csv/*', 'export']) {
      expect(isDataFileName(name), name).toBe(false);
    }
  });
});

describe('reading compressed files', () => {
  it('gzip and zstd CSV, TSV and JSON Lines give the Table of the plain file', async () => {
    const plain = (await loadTables(ok, ok, { worker: 'off' })).reference;
    const jsonl = '{"a":1,"b":"x"}\n{"a":2,"b":"y"}\n{"a":3,"b":"x"}\n';
    for (const [label, bytes] of [
      ['x.csv.gz', gzipSync(CSV)],
      ['x.csv.zst', zstdCompressSync(CSV)],
      ['x.tsv.gz', gzipSync(CSV.replaceAll(',', '\t'))],
      ['x.jsonl.zst', zstdCompressSync(jsonl)],
      ['x.jsonl.gz', Buffer.concat([gzipSync(jsonl.slice(0, 16)), gzipSync(jsonl.slice(16))])],
    ] as const) {
      const table = (await loadTables({ label, bytes }, ok, { worker: 'off' })).reference;
      expect(table.columns, label).toEqual(plain.columns);
      expect(table.rows).toBe(3);
    }
  });

  it('a corrupt or truncated stream is one error naming the file', async () => {
    const whole = gzipSync('a,b\n'.repeat(2000));
    const truncated = await errorFor('data/x.csv.gz', whole.subarray(0, whole.length / 2));
    expect(truncated.file).toBe('data/x.csv.gz');
    expect(truncated.message).toBe(
      'could not decompress this gzip file: it ends before the compressed stream does (a truncated file?)',
    );
    const corrupt = whole.slice();
    corrupt.fill(0x41, 12, 40);
    const bad = await errorFor('data/x.csv.gz', corrupt);
    expect(bad.message).toMatch(/^could not decompress this gzip file: it is corrupt \(/);
    const zstd = zstdCompressSync('a,b\n'.repeat(2000));
    const cut = await errorFor('data/x.csv.zst', zstd.subarray(0, zstd.length - 3));
    expect(cut.message).toMatch(/^could not decompress this zstd file: /);
  });

  it('stops at the size cap (a decompression bomb is an error, not an out-of-memory crash)', async () => {
    const bomb = gzipSync(new Uint8Array(1024 * 1024));
    expect(bomb.length).toBeLessThan(2048);
    const error = await userError(() => decompress(bomb, 'gzip', 'bomb.csv.gz', 512 * 1024));
    expect(error.file).toBe('bomb.csv.gz');
    expect(error.message).toMatch(
      /^the gzip file decompresses to more than 0\.5 MiB, the most drift-gate reads in process/,
    );
    expect((await decompress(bomb, 'gzip', 'x', 2 * 1024 * 1024)).length).toBe(1024 * 1024);
  });
});

describe('a name and content that disagree are one clear error', () => {
  it('compressed content under a plain name, and plain content under a compressed name', async () => {
    const gz = await errorFor('data/bad.csv', gzipSync(CSV));
    expect(gz.file).toBe('data/bad.csv');
    expect(gz.message).toBe(
      'this file is gzip-compressed but its name says uncompressed; name it with .gz at the end (e.g. bad.csv.gz) so it is decompressed',
    );
    const plain = await errorFor('data/x.csv.zst', bytesOf(CSV));
    expect(plain.message).toBe(
      'this file is uncompressed but its name says zstd-compressed; drop the .zst from its name or compress it',
    );
  });

  it('Parquet content and Parquet names', async () => {
    const parquet = new Uint8Array(readFileSync('test/fixtures/formats/cars/train.parquet'));
    const asCsv = await errorFor('data/train.csv', parquet);
    expect(asCsv.message).toBe(
      'the name says CSV text (.csv) but the content is a Parquet file (it starts with PAR1): rename the file to match its content, or convert it',
    );
    const notParquet = await errorFor('data/train.parquet', bytesOf(CSV));
    expect(notParquet.message).toMatch(/does not start with the Parquet magic bytes PAR1/);
    // A name without a known extension is read by its content.
    const table = (await loadTables({ label: 'export', bytes: parquet }, ok, { worker: 'off' })).reference;
    expect(table.rows).toBe(223);
  });

  it('JSON names need JSON content', async () => {
    expect((await errorFor('x.jsonl', bytesOf(CSV))).message).toMatch(/does not start with \{/);
    expect((await errorFor('x.json', bytesOf(CSV))).message).toMatch(/does not start with \[/);
    expect((await errorFor('x.jsonl', bytesOf(' \n'))).message).toMatch(/empty/);
  });
});

describe('regressions: formats that used to fail', () => {
  it('a .jsonl file is records, not one nonsense column per line', async () => {
    const table = (
      await loadTables({ label: 'x.jsonl', bytes: bytesOf('{"a":1,"b":"x"}\n{"a":2,"b":"y"}\n') }, ok)
    ).reference;
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b']);
  });

  it('a .json array with 17 fields per record is not a ragged CSV', async () => {
    const record = Object.fromEntries(Array.from({ length: 17 }, (_, k) => [`f${k}`, k]));
    const table = (
      await loadTables({ label: 'x.json', bytes: bytesOf(JSON.stringify([record, record])) }, ok)
    ).reference;
    expect(table.columns).toHaveLength(17);
  });

  it('the reference at a git revision may be Parquet (format from the path, bytes from git)', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const cli = (args: string[]) =>
      main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, cwd: resolve('.') });
    const same = await cli([
      '--reference',
      'test/fixtures/formats/cars/train.parquet',
      '--reference-ref',
      'HEAD',
      '--candidate',
      'examples/data/train.csv',
    ]);
    expect(same, err.join('\n')).toBe(EXIT_PASS);
    const drifted = await cli([
      '--reference',
      'test/fixtures/formats/cars/train.jsonl',
      '--reference-ref',
      'HEAD',
      '--candidate',
      'test/fixtures/formats/cars/incoming.csv.gz',
    ]);
    expect(drifted, err.join('\n')).toBe(EXIT_FAIL);
  });
});
