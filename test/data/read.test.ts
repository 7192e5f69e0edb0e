import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/data/csv-bytes.js';
import { parseIsoDate } from '../../src/data/dates.js';
import { parseNumber } from '../../src/data/numbers.js';
import type { CategoricalColumn, NumericColumn } from '../../src/data/table.js';
import { bytesOf, column, fixture, loadTexts, plain, tableOf } from './helpers.js';

describe('CSV reading (RFC 4180)', () => {
  it('reads quoted fields, doubled quotes, line breaks inside quotes, CRLF and blank lines', () => {
    const table = tableOf(fixture('rfc4180.csv'));
    expect(table.rows).toBe(4);
    expect(table.delimiter).toBe(',');
    // Line 4 is blank; row 3 starts on line 5 and spans two lines.
    expect(Array.from(table.rowLines ?? [])).toEqual([2, 3, 5, 7]);
    const name = column(table, 'name') as CategoricalColumn;
    expect(name.type).toBe('categorical');
    expect(name.levels).toEqual(['Smith, Jane', 'O"Brien', 'multi\r\nline note', 'plain']);
    const score = column(table, 'score') as NumericColumn;
    expect(score.type).toBe('numeric');
    expect(Array.from(score.values)).toEqual([81.5, 77, 90.25, Number.NaN]);
    expect(score.missing).toBe(1);
    const active = column(table, 'active') as CategoricalColumn;
    expect(active.type).toBe('boolean');
    expect(active.levels).toEqual(['false', 'true']);
    expect(Array.from(active.codes)).toEqual([1, 0, 1, 0]);
    const joined = column(table, 'joined') as NumericColumn;
    expect(joined.type).toBe('datetime');
    expect(joined.values[0]).toBe(Date.UTC(2021, 2, 4));
    expect(joined.values[1]).toBe(Date.UTC(2021, 2, 5, 10));
  });

  it('strips a UTF-8 BOM and detects ; and tab delimiters', () => {
    const semicolon = tableOf(fixture('semicolon-bom.csv'));
    expect(semicolon.delimiter).toBe(';');
    expect(semicolon.columns.map((c) => c.name)).toEqual(['city', 'temp', 'rain']);
    expect(Array.from((column(semicolon, 'temp') as NumericColumn).values)).toEqual([-3.5, 4]);
    const tabs = tableOf(fixture('tabs.tsv'));
    expect(tabs.delimiter).toBe('\t');
    expect(tabs.columns.map((c) => c.type)).toEqual(['categorical', 'categorical', 'datetime']);
  });

  it('detects the delimiter from consistent counts outside quotes', () => {
    expect(detectDelimiter(bytesOf('a|b|c\n1|"x,y,z"|3\n4|5|6\n'))).toBe('|');
    expect(detectDelimiter(bytesOf('a,b\n"1;2;3",4\n'))).toBe(',');
    expect(detectDelimiter(bytesOf('only\n1\n2\n'))).toBe(',');
  });

  it('reads a file with no final newline, a lone CR line end and an explicit delimiter', async () => {
    const { reference } = await loadTexts('a|b\r1|x\r2|y', undefined, { delimiter: '|' });
    expect(reference.rows).toBe(2);
    expect(Array.from(reference.rowLines ?? [])).toEqual([2, 3]);
  });

  it('reads an empty last field at the end of a file without a final newline', () => {
    const table = tableOf(bytesOf('a,b\n1,x\n2,'));
    expect(table.rows).toBe(2);
    expect((column(table, 'b') as CategoricalColumn).missing).toBe(1);
  });

  it('reads a one-column file', () => {
    const table = tableOf(bytesOf('value\n1.5\n\n2.5\nNA\n'));
    expect(table.rows).toBe(3);
    expect(table.columns).toHaveLength(1);
    expect(Array.from((table.columns[0] as NumericColumn).values)).toEqual([1.5, 2.5, Number.NaN]);
  });

  it('reads 2000 columns without blowing up', () => {
    const names = Array.from({ length: 2000 }, (_, k) => `c${k}`);
    const rows = Array.from({ length: 50 }, (_, r) =>
      names.map((_, k) => String((r * 7 + k) % 97)).join(','),
    );
    const started = performance.now();
    const table = tableOf(bytesOf(`${names.join(',')}\n${rows.join('\n')}\n`));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(table.columns).toHaveLength(2000);
    expect(table.rows).toBe(50);
  });
});

describe('the fast scanner and csv-parse give the same Table', () => {
  const inputs: Record<string, Uint8Array> = {
    'rfc4180.csv': fixture('rfc4180.csv'),
    'semicolon-bom.csv': fixture('semicolon-bom.csv'),
    'tabs.tsv': fixture('tabs.tsv'),
    generated: bytesOf(
      [
        'id,x,label,when,flag,note',
        ...Array.from({ length: 200 }, (_, i) =>
          [
            `id-${i}`,
            i % 13 === 0 ? 'NA' : i % 17 === 0 ? 'Infinity' : String((i * 0.37 - 20).toFixed(3)),
            ['a', 'b', 'c'][i % 3],
            `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
            i % 2 ? 'true' : 'false',
            i % 5 === 0 ? '"with ""quotes"", and\nbreak"' : `n${i % 4}`,
          ].join(','),
        ),
      ].join('\r\n'),
    ),
  };
  for (const [name, bytes] of Object.entries(inputs)) {
    it(name, () => {
      expect(plain(tableOf(bytes, 'fast'))).toEqual(plain(tableOf(bytes, 'csv-parse')));
    });
  }

  it('text after a closing quote goes through csv-parse', () => {
    const bytes = fixture('irregular-quote.csv');
    expect(() => tableOf(bytes, 'fast')).toThrow(/closing quote/);
    const table = tableOf(bytes, 'auto');
    expect(table.rows).toBe(2);
    expect((column(table, 'y') as CategoricalColumn).levels).toEqual(['"a"b', 'c']);
    expect(Array.from(table.rowLines ?? [])).toEqual([2, 3]);
  });
});

describe('number and date parsing from bytes', () => {
  it('equals Number(text) on many decimal forms', () => {
    let seed = 12345;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const texts = [
      '0',
      '-0',
      '+1',
      '.5',
      '5.',
      '1e5',
      '1E-5',
      '-1.25e+3',
      '123456789012345678',
      '0.1',
      '9007199254740993',
    ];
    for (let k = 0; k < 20000; k++) {
      const digits = String(Math.floor(random() * 1e9)) + String(Math.floor(random() * 1e9));
      const cut = Math.floor(random() * digits.length);
      let text = `${random() < 0.3 ? '-' : ''}${digits.slice(0, cut) || '0'}.${digits.slice(cut)}`;
      if (random() < 0.2) text += `e${Math.floor(random() * 40) - 20}`;
      texts.push(text);
    }
    for (const text of texts) {
      const bytes = bytesOf(text);
      expect(Object.is(parseNumber(bytes, 0, bytes.length), Number(text)), text).toBe(true);
    }
    // Through the scanner's fused path too.
    const table = tableOf(bytesOf(`v\n${texts.join('\n')}\n`));
    const values = (table.columns[0] as NumericColumn).values;
    texts.forEach((text, i) => {
      expect(Object.is(values[i], Number(text)), text).toBe(true);
    });
  });

  it('rejects what is not a decimal number', () => {
    for (const text of ['', '-', '.', 'e5', '1e', '0x1F', '1_000', '1,5', 'abc', '1.2.3']) {
      const bytes = bytesOf(text);
      expect(Number.isNaN(parseNumber(bytes, 0, bytes.length)), text).toBe(true);
    }
  });

  it('parses ISO 8601 dates and date-times as epoch ms', () => {
    const ms = (text: string) => {
      const bytes = bytesOf(text);
      return parseIsoDate(bytes, 0, bytes.length);
    };
    expect(ms('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(ms('2024-02-29T12:30:15.250Z')).toBe(Date.parse('2024-02-29T12:30:15.250Z'));
    expect(ms('2024-02-29 12:30')).toBe(Date.UTC(2024, 1, 29, 12, 30));
    expect(ms('2024-02-29T12:30:00+02:00')).toBe(Date.parse('2024-02-29T12:30:00+02:00'));
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01', '20240101', '2024-01-01T', 'Jan 1 2000']) {
      expect(Number.isNaN(ms(bad)), bad).toBe(true);
    }
  });
});
