/**
 * The bundles the CLI runs are ASCII (scripts/build.js prints them with non-ASCII characters
 * escaped): Node then keeps each as a one-byte string instead of decoding it to two bytes a
 * character. action-main.js keeps one licence comment with a non-ASCII name, untouched, so it is
 * held to comments only. Fails when a build skips the printing step or a dependency's string slips
 * through.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Offsets of the bytes above 127 in a file. */
function nonAscii(file: string): number[] {
  const bytes = readFileSync(file);
  const offsets: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 127) offsets.push(i);
  return offsets;
}

describe('the bundles in dist/', () => {
  it.each(['cli.js', 'cli-main.js', 'parse-worker.js', 'compare-worker.js', 'index.js'])(
    '%s has no byte above 127',
    (name) => {
      expect(nonAscii(`dist/${name}`)).toEqual([]);
    },
  );

  it('action-main.js has non-ASCII bytes only inside licence comments', () => {
    const bytes = readFileSync('dist/action-main.js');
    const lines = bytes.toString('utf8').split('\n');
    for (const offset of nonAscii('dist/action-main.js')) {
      const line = bytes.subarray(0, offset).toString('utf8').split('\n').length;
      expect(lines[line - 1].trim(), `line ${line}`).toMatch(/^\/\*!.*\*\/$/);
    }
  });
});
