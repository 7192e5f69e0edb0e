/** The `accept` and `accept-label` settings: YAML entries from the config file or as text, and every bad entry named. */
import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../src/errors.js';
import { DEFAULT_SETTINGS, resolveSettings } from '../../src/settings/settings.js';

const fromFile = (accept: unknown) =>
  resolveSettings([{ source: '.github/drift.yml', isFile: true, values: { accept } }]).accept;

function fileError(accept: unknown): UserInputError {
  try {
    fromFile(accept);
  } catch (error) {
    if (error instanceof UserInputError) return error;
    throw error;
  }
  throw new Error('expected a UserInputError');
}

describe('accept', () => {
  it('defaults to no entries and the drift-accepted label', () => {
    expect(DEFAULT_SETTINGS.accept).toEqual([]);
    expect(DEFAULT_SETTINGS.acceptLabel).toBe('drift-accepted');
  });

  it('reads columns and checks with reason and until from the config file', () => {
    expect(
      fromFile([
        { column: 'price', reason: ' new market ', until: '2027-03-31' },
        { check: 'multivariate', reason: 'new sensor' },
        { column: 2019, reason: 'a column named by a number' },
      ]),
    ).toEqual([
      { column: 'price', check: null, reason: 'new market', until: '2027-03-31' },
      { column: null, check: 'multivariate', reason: 'new sensor', until: null },
      { column: '2019', check: null, reason: 'a column named by a number', until: null },
    ]);
  });

  it('reads YAML text from an action input or a flag', () => {
    const settings = resolveSettings([
      {
        source: 'action inputs',
        values: { accept: '- column: price\n  reason: new market\n  until: 2027-01-01\n' },
      },
    ]);
    expect(settings.accept).toEqual([
      { column: 'price', check: null, reason: 'new market', until: '2027-01-01' },
    ]);
    const flow = resolveSettings([
      { source: 'command-line flags', values: { accept: '[{check: images, reason: new camera}]' } },
    ]);
    expect(flow.accept).toEqual([{ column: null, check: 'images', reason: 'new camera', until: null }]);
  });

  it('names the entry and the key of a bad entry, and the file', () => {
    const error = fileError([
      { column: 'a', reason: 'x' },
      { column: 'b', reason: 'y' },
      { column: 'price' },
    ]);
    expect(error.message).toMatch(
      /^bad value for 'accept' in \.github\/drift\.yml: expected a YAML list of entries/,
    );
    expect(error.message).toContain("(accept[2]: 'reason' is required (why this drift is intended))");
    expect(error.file).toBe('.github/drift.yml');
    expect(fileError([{ column: 'price', reason: '  ' }]).message).toContain(
      "accept[0]: 'reason' is required",
    );
    expect(fileError([{ reason: 'x' }]).message).toContain("(accept[0]: name a 'column' or a 'check')");
    expect(fileError([{ column: 'a', check: 'images', reason: 'x' }]).message).toContain(
      "(accept[0]: name either a 'column' or a 'check', not both)",
    );
    expect(fileError([{ column: 'a', reason: 'x', until: '2027-02-30' }]).message).toContain(
      `(accept[0]: 'until' must be a date YYYY-MM-DD, got "2027-02-30")`,
    );
    expect(fileError([{ column: 'a', reason: 'x', until: '31.12.2027' }]).message).toContain(
      "accept[0]: 'until' must be a date YYYY-MM-DD",
    );
    expect(fileError([{ column: 'a', reason: 'x', expires: '2027-01-01' }]).message).toContain(
      "(accept[0]: unknown key 'expires'; expected column, check, reason or until)",
    );
    expect(fileError([{ column: '', reason: 'x' }]).message).toContain(
      "accept[0]: 'column' must be a non-empty name",
    );
    expect(fileError(['price']).message).toContain(
      "(accept[0]: expected a map with 'column' or 'check', 'reason' and optional 'until')",
    );
    expect(fileError({ column: 'price', reason: 'x' }).message).toContain('(expected a list of entries)');
  });

  it('rejects text that is not YAML', () => {
    expect(() =>
      resolveSettings([{ source: 'action inputs', values: { accept: '- column: [price\n' } }]),
    ).toThrow(/bad value for 'accept' in action inputs: .*\(not YAML: /);
  });

  it('accept-label is read from the config file and inputs', () => {
    expect(
      resolveSettings([
        { source: '.github/drift.yml', isFile: true, values: { 'accept-label': 'new-market' } },
      ]).acceptLabel,
    ).toBe('new-market');
  });
});
