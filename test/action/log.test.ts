/**
 * Issue 10, item 2: the action's log wrapper. A 2 MB column name made a 2 MB annotation title, and
 * `core.info` wrote data with line breaks as is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { log, MAX_ANNOTATION_TITLE } from '../../src/action/log.js';

let written: string[] = [];

beforeEach(() => {
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

function lines(): string[] {
  return written
    .join('')
    .split(/\r\n|\n|\r/)
    .filter((line) => line !== '');
}

describe('log', () => {
  it('info cannot start a workflow command, whatever the data', () => {
    log.info('x\n::warning title=scan::All checks passed\r::add-mask::secret');
    expect(lines()).toEqual(['x ::warning title=scan::All checks passed ::add-mask::secret']);
    log.info('::add-mask::secret');
    expect(lines()[1]).toBe(':\u200b:add-mask::secret');
  });

  it('clips an annotation title of 2 MB and its message', () => {
    log.error('m'.repeat(1_000_000), {
      title: `column '${'t'.repeat(2_000_000)}' drifted`,
      file: 'data/x.csv',
    });
    const [line] = lines();
    expect(line.startsWith('::error title=')).toBe(true);
    expect(line.length).toBeLessThan(MAX_ANNOTATION_TITLE * 3 + 4096 * 3 + 100);
  });

  it('setFailed neutralises its message and sets the exit code', () => {
    log.setFailed('bad\n::notice::fake');
    expect(lines()).toEqual(['::error::bad ::notice::fake']);
    expect(process.exitCode).toBe(1);
  });
});
