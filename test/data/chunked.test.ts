/**
 * Chunked reading (FastScanner.push, scanCsvChunks, readAndScan on a file) gives exactly what the
 * whole-input scan gives: the same RawTable for every way of cutting the bytes into chunks, and
 * the same UserInputError (message, line, column) for every bad input.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MISSING_VALUES } from '../../src/data/missing.js';
import { readAndScan } from '../../src/data/read.js';
import { type RawTable, type ScanOptions, scanCsv, scanCsvChunks } from '../../src/data/scan.js';
import { FastScanner, lastRecordEnd, scanFast } from '../../src/data/scan-fast.js';
import { UserInputError } from '../../src/errors.js';
import { bytesOf, fixture, plain } from './helpers.js';

const options: ScanOptions = { missingValues: DEFAULT_MISSING_VALUES };

/** `bytes` cut into pieces of `size` bytes (the last one shorter). */
function* pieces(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** The fast scanner fed `bytes` in pieces of `size`, each piece overwritten after its push (the caller may reuse it). */
function scanInPieces(bytes: Uint8Array, size: number): RawTable {
  const scanner = new FastScanner('file.csv', ',', options, { sampleBytes: 0 });
  for (const piece of pieces(bytes, size)) {
    const reused = new Uint8Array(piece);
    scanner.push(reused);
    reused.fill(0x3f);
  }
  return scanner.finish();
}

/** What `run` throws, as data to compare. */
async function thrown(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserInputError)
      return { message: error.message, file: error.file, line: error.line, column: error.column };
    throw error;
  }
  return 'nothing thrown';
}

const TEXTS: Record<string, string> = {
  'LF, numbers, text, missing': 'a,b,c\n1,x,2.5\n,y,NA\n3,,-4e2\n10,x,7\n',
  'CRLF, no final line break': 'a,b\r\n1,2\r\n3,4\r\n5,6',
  'CR only': 'a,b\r1,2\r3,4\r',
  'blank lines before the header and between rows': '\n\r\na,b\n1,2\n\n\r\n3,4\n\n',
  'quoted fields with line breaks and doubled quotes':
    'id,note,v\n1,"two\nlines",3\n2,"say ""hi""\r\nnow",4\n3,"",5\n4,"a,b",6\n',
  'quoted header with a line break': '"first\nname",b\n"x",1\n"y",2\n',
  'a column turning from numbers to text late': 'n,m\n1,2\n2,3\n3,4\n4,x\n5,6\n',
  'BOM and semicolons with decimal commas': '\uFEFFa;b\n1,5;x\n2,25;y\n',
  'codes with leading zeros': 'zip,v\n02134,1\n10001,2\n00501,3\n',
};

describe('FastScanner fed in chunks', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`reads ${name} the same whatever the chunk size`, () => {
      const bytes = bytesOf(text);
      const delimiter = text.includes(';') ? ';' : ',';
      const whole = plain(scanFast(bytes, 'file.csv', delimiter, options) as never);
      for (const size of [1, 2, 3, 5, 7, 11, 64]) {
        const scanner = new FastScanner('file.csv', delimiter, options, { sampleBytes: 0 });
        for (const piece of pieces(bytes, size)) scanner.push(new Uint8Array(piece));
        expect(plain(scanner.finish() as never), `chunks of ${size}`).toEqual(whole);
      }
    });
  }

  it('reads the RFC 4180 fixture the same in chunks, with the chunks reused by the caller', () => {
    const bytes = new Uint8Array(fixture('rfc4180.csv'));
    const whole = plain(scanFast(bytes, 'file.csv', ',', options) as never);
    for (const size of [1, 4, 9, 33]) expect(plain(scanInPieces(bytes, size) as never)).toEqual(whole);
  });

  it('finds the last complete record, not a line break inside quotes nor a CR that may start CRLF', () => {
    const delim = ','.charCodeAt(0);
    const at = (text: string): number => {
      const bytes = bytesOf(text);
      return lastRecordEnd(bytes, 0, bytes.length, delim);
    };
    expect(at('a,b\n1,2\n3,')).toBe(8);
    expect(at('a,b\n1,"x\ny"\n3,"p\nq')).toBe(12);
    expect(at('a,b\r1,2\r')).toBe(4);
    expect(at('a,b\r\n1,2\r')).toBe(5);
    expect(at('no line break yet')).toBe(0);
    // a quote as the last byte may be the first of a doubled quote: wait for the next byte
    expect(at('a\n"x"')).toBe(2);
    expect(at('a\n"x"\n')).toBe(6);
  });
});

describe('scanCsvChunks', () => {
  const chunked = (bytes: Uint8Array, size: number) =>
    scanCsvChunks(() => pieces(bytes, size), 'file.csv', options, bytes.length);

  it('gives what scanCsv gives for every fixture, tables and errors alike', async () => {
    for (const name of [
      'rfc4180.csv',
      'semicolon-bom.csv',
      'tabs.tsv',
      'irregular-quote.csv',
      'ragged.csv',
      'unterminated.csv',
      'latin1.csv',
      'binary.csv',
      'empty.csv',
      'lfs-pointer.csv',
      'header-only.csv',
      'duplicate-header.csv',
      'empty-header-name.csv',
    ]) {
      const bytes = fixture(name);
      let expected: unknown;
      try {
        expected = plain(scanCsv(bytes, 'file.csv', options) as never);
      } catch {
        expected = await thrown(() => scanCsv(bytes, 'file.csv', options));
      }
      let actual: unknown;
      try {
        actual = plain((await chunked(bytes, 5)) as never);
      } catch {
        actual = await thrown(() => chunked(bytes, 5));
      }
      expect(actual, name).toEqual(expected);
    }
  });

  /** About 2.4 MiB of rows (more than the first window), with `tail` appended. */
  const large = (tail: string): Uint8Array => {
    const lines = ['id,name,score,note'];
    for (let i = 0; i < 60_000; i++) {
      lines.push(`${i},${['alpha', 'beta', 'gamma'][i % 3]},${(i * 0.37).toFixed(2)},"n ""${i % 7}""\nx"`);
    }
    return bytesOf(`${lines.join('\n')}\n${tail}`);
  };

  it('reads a file larger than the first window in 64 KiB chunks exactly as a whole', async () => {
    const bytes = large('60000,delta,1.5,"last"');
    const whole = plain(scanCsv(bytes, 'file.csv', options) as never);
    expect(plain((await chunked(bytes, 65_536)) as never)).toEqual(whole);
    expect(plain((await chunked(bytes, 1_000_003)) as never)).toEqual(whole);
    // one Buffer reused for every chunk, as a file reader or a stream may do
    const reused = function* (): Generator<Uint8Array> {
      const buffer = Buffer.alloc(100_000);
      for (const piece of pieces(bytes, buffer.length)) {
        buffer.set(piece);
        yield buffer.subarray(0, piece.length);
        buffer.fill(0x3f);
      }
    };
    expect(plain((await scanCsvChunks(reused, 'file.csv', options)) as never)).toEqual(whole);
  });

  it('words bad UTF-8 and a ragged row far into the file as the whole-file reading does', async () => {
    const latin = large('');
    const bad = new Uint8Array(latin.length + 12);
    bad.set(latin);
    bad.set(bytesOf('1,caf'), latin.length);
    bad[latin.length + 5] = 0xe9;
    bad.set(bytesOf(',2,3\n'), latin.length + 6);
    const expected = await thrown(() => scanCsv(bad.subarray(0, latin.length + 11), 'file.csv', options));
    expect(expected).toMatchObject({ line: 120_002, column: 2 });
    expect(await thrown(() => chunked(bad.subarray(0, latin.length + 11), 65_536))).toEqual(expected);
    const ragged = large('1,2\n');
    const raggedError = await thrown(() => scanCsv(ragged, 'file.csv', options));
    expect(raggedError).toMatchObject({ line: 120_002 });
    expect(await thrown(() => chunked(ragged, 65_536))).toEqual(raggedError);
  });
});

describe('readAndScan on a file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'drift-gate-chunked-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file chunk by chunk into the same table (sorted values included) as its bytes', async () => {
    const lines = ['x,y,label'];
    for (let i = 0; i < 100_000; i++)
      lines.push(`${(i * 7919) % 1000},${i % 13 === 0 ? '' : i / 8},c${i % 5}`);
    const text = `${lines.join('\n')}\n`;
    const file = path.join(dir, 'data.csv');
    writeFileSync(file, text);
    const fromFile = await readAndScan({ label: 'data.csv', path: file }, options);
    const fromBytes = await readAndScan({ label: 'data.csv', bytes: bytesOf(text) }, options);
    expect(plain(fromFile as never)).toEqual(plain(fromBytes as never));
    expect(fromFile.rows).toBe(100_000);
  }, 120_000);

  it('names the file when it is missing or a directory', async () => {
    expect(
      await thrown(() => readAndScan({ label: 'gone.csv', path: path.join(dir, 'gone.csv') }, options)),
    ).toEqual({ message: 'file not found', file: 'gone.csv', line: undefined, column: undefined });
    expect(await thrown(() => readAndScan({ label: 'folder', path: dir }, options))).toMatchObject({
      message: 'this is a directory, not a data file',
    });
  });
});
