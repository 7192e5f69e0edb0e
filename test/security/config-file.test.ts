/**
 * Issue 10, items 8 and 9: a hostile `.github/drift.yml` (an alias bomb, a folder, a huge file,
 * hundreds of thousands of keys, duplicate keys) is one UserInputError naming the file, and
 * parsing stays linear.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../src/errors.js';
import { MAX_CONFIG_BYTES, readConfigFile } from '../../src/settings/config-file.js';

const dir = mkdtempSync(join(tmpdir(), 'drift-config-attack-'));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function errorOf(path: string): UserInputError {
  try {
    readConfigFile(path, '.github/drift.yml', true);
  } catch (error) {
    if (error instanceof UserInputError) return error;
    throw error;
  }
  throw new Error('expected a UserInputError');
}

/** "Billion laughs": nine levels of nine aliases each would expand to 9^9 strings. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const previous = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('hostile config files are user errors', () => {
  it('an alias bomb stops at the alias limit, quickly', () => {
    const started = performance.now();
    const error = errorOf(write('bomb.yml', aliasBomb()));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error.describe()).toMatch(/^\.github\/drift\.yml: invalid YAML: .*alias/i);
  });

  it('a config path that is a folder', () => {
    mkdirSync(join(dir, 'folder.yml'));
    expect(errorOf(join(dir, 'folder.yml')).describe()).toBe(
      '.github/drift.yml: the config path is a folder, not a YAML file',
    );
  });

  it('a file over 1 MiB', () => {
    const path = write('huge.yml', `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    expect(errorOf(path).message).toMatch(/at most 1048576 \(1 MiB\) are read/);
  });

  it('more than 10,000 column-settings entries, rejected in linear time', () => {
    const entries = Array.from({ length: 40_000 }, (_, i) => `  c${i}: {}`);
    const path = write('wide.yml', `column-settings:\n${entries.join('\n')}\n`);
    const started = performance.now();
    expect(errorOf(path).message).toBe('column-settings has 40000 entries; at most 10000 are allowed');
    // quadratic, 40k entries took over a minute; linear, about a second (the margin is for a loaded machine)
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('10,000 entries are read in linear time (the duplicate-key check was quadratic)', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => `  c${i}: {type: categorical}`);
    const path = write('ok.yml', `column-settings:\n${entries.join('\n')}\n`);
    const started = performance.now();
    const layer = readConfigFile(path, 'ok.yml', true);
    // quadratic took 8 s for 20k; linear takes well under a second on an idle machine (the margin is for a loaded one)
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(Object.keys(layer?.values['column-settings'] as object)).toHaveLength(10_000);
  });

  it('a duplicate key names its line and column', () => {
    const error = errorOf(write('dup.yml', 'stattest: auto\nalpha: 0.05\nstattest: psi\n'));
    expect(error.describe()).toBe(
      ".github/drift.yml:3:1: invalid YAML: the key 'stattest' appears twice in the same map",
    );
    const nested = errorOf(write('dup2.yml', 'column-settings:\n  a: {type: categorical, type: numeric}\n'));
    expect(nested.message).toMatch(/'type' appears twice/);
    expect(nested.line).toBe(2);
  });
});
