import { describe, expect, it } from 'vitest';
import { loadTables } from '../../src/data/load.js';
import type { UserInputError } from '../../src/errors.js';
import { bytesOf, fixture, scan, userError } from './helpers.js';

const good = { label: 'good.csv', bytes: bytesOf('a,b\n1,2\n') };

async function errorFor(bytes: Uint8Array, label = 'data/bad.csv'): Promise<UserInputError> {
  return userError(() => loadTables({ label, bytes }, good));
}

describe('bad input is a UserInputError naming the file and position', () => {
  it('empty file', async () => {
    const error = await errorFor(fixture('empty.csv'));
    expect(error.file).toBe('data/bad.csv');
    expect(error.message).toMatch(/empty/);
    expect((await errorFor(bytesOf('\uFEFF\n\r\n  \n'))).message).toMatch(/empty/);
  });

  it('header without rows', async () => {
    const error = await errorFor(fixture('header-only.csv'));
    expect(error.message).toMatch(/header row but no data rows/);
    expect(error.line).toBe(1);
    expect((await errorFor(bytesOf('a,b\n\n\n'))).message).toMatch(/no data rows/);
  });

  it('ragged row: line, expected and found counts', async () => {
    const error = await errorFor(fixture('ragged.csv'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/this row has 1 field but the header has 2/);
    const tooMany = await errorFor(bytesOf('a,b\n1,2\n\n3,4,5,6\n'));
    expect(tooMany.line).toBe(4);
    expect(tooMany.message).toMatch(/has 4 fields but the header has 2/);
    expect(tooMany.describe()).toBe(`data/bad.csv:4: ${tooMany.message}`);
  });

  it('unterminated quote: the line where it opened', async () => {
    const error = await errorFor(fixture('unterminated.csv'));
    expect(error.line).toBe(2);
    expect(error.column).toBe(2);
    expect(error.message).toMatch(/unterminated quoted field/);
  });

  it('duplicate header names, with their column numbers', async () => {
    const error = await errorFor(fixture('duplicate-header.csv'));
    expect(error.message).toContain('"a" (columns 1, 3)');
    expect(error.message).toContain('"b" (columns 2, 5)');
    expect(error.line).toBe(1);
  });

  it('empty header name: its column number', async () => {
    const error = await errorFor(fixture('empty-header-name.csv'));
    expect(error.column).toBe(2);
    expect(error.message).toMatch(/column 2 has an empty name/);
  });

  it('binary data', async () => {
    const error = await errorFor(fixture('binary.csv'));
    expect(error.message).toMatch(/binary file \(it contains NUL bytes\)/);
    const gzip = await errorFor(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));
    expect(gzip.message).toMatch(/gzip/);
  });

  it('a Git LFS pointer', async () => {
    const error = await errorFor(fixture('lfs-pointer.csv'), 'data/train.csv@abc123');
    expect(error.file).toBe('data/train.csv@abc123');
    expect(error.message).toMatch(/Git LFS pointer/);
    expect(error.message).toContain('lfs: true');
    expect(error.message).toContain('git lfs pull');
  });

  it('not UTF-8 (Latin-1): first bad line and field, re-save as UTF-8', async () => {
    const error = await errorFor(fixture('latin1.csv'));
    expect(error.line).toBe(2);
    expect(error.column).toBe(1);
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.message).toMatch(/re-save it as UTF-8/);
  });

  it('a missing file', async () => {
    const error = await userError(() =>
      loadTables({ label: 'nope.csv', path: '/definitely/not/here.csv' }, good),
    );
    expect(error.file).toBe('nope.csv');
    expect(error.message).toMatch(/not found/);
  });

  it('names the reference first when both sides are bad', async () => {
    const error = await userError(() =>
      loadTables(
        { label: 'ref.csv', bytes: fixture('empty.csv') },
        { label: 'cand.csv', bytes: fixture('ragged.csv') },
      ),
    );
    expect(error.file).toBe('ref.csv');
    const candidate = await userError(() =>
      loadTables(good, { label: 'cand.csv', bytes: fixture('ragged.csv') }),
    );
    expect(candidate.file).toBe('cand.csv');
  });
});

describe('the csv-parse path reports the same problems', () => {
  for (const name of [
    'ragged.csv',
    'header-only.csv',
    'duplicate-header.csv',
    'empty-header-name.csv',
    'latin1.csv',
  ]) {
    it(name, async () => {
      const fast = await userError(() => scan(fixture(name), 'fast'));
      const slow = await userError(() => scan(fixture(name), 'csv-parse'));
      expect(slow.describe()).toBe(fast.describe());
    });
  }

  it('unterminated quote', async () => {
    const slow = await userError(() => scan(fixture('unterminated.csv'), 'csv-parse'));
    expect(slow.file).toBe('file.csv');
    expect(slow.message).toMatch(/unterminated quoted field/);
  });
});
