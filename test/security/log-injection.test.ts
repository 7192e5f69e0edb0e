/**
 * Issue 10, item 2: data that reaches the log (action messages and annotations, CLI terminal text
 * and errors) can never start a workflow command line and is clipped.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { forLog, forLogLines, MAX_LOG_MESSAGE } from '../../src/report/escape.js';

const ZWSP = '\u200b';
/** A line the runner would read as a workflow command. */
const COMMAND = /^\s*(::|##\[)/;

describe('forLog', () => {
  it.each([
    ['x\n::warning title=scan::All checks passed', `x ::warning title=scan::All checks passed`],
    ['::add-mask::secret', `:${ZWSP}:add-mask::secret`],
    ['  ::error::x', `  :${ZWSP}:error::x`],
    ['a\r::b\u2028::c\u2029::d\u0085::e', 'a ::b ::c ::d ::e'],
    ['##[error]legacy', `#${ZWSP}#[error]legacy`],
    ['\u0007bell\u001b[31mred\u0000', 'bell[31mred'],
  ])('%j', (input, expected) => {
    const out = forLog(input);
    expect(out).toBe(expected);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).not.toMatch(COMMAND);
  });

  it('clips a 10 MB value to the limit, with an ellipsis', () => {
    const out = forLog('9'.repeat(10 * 1024 * 1024));
    expect(Array.from(out)).toHaveLength(MAX_LOG_MESSAGE);
    expect(out.endsWith('…')).toBe(true);
    expect(forLog('é'.repeat(500), 200)).toHaveLength(200);
  });

  it('forLogLines keeps the lines but defuses each one and clips it', () => {
    const out = forLogLines('ok\n::warning::x\r\n  ::set-output name=a::b\u2028::notice::y');
    expect(out.split('\n')).toEqual([
      'ok',
      `:${ZWSP}:warning::x`,
      `  :${ZWSP}:set-output name=a::b`,
      `:${ZWSP}:notice::y`,
    ]);
    expect(forLogLines(`a\n${'b'.repeat(10_000)}`, 100).split('\n')[1]).toHaveLength(100);
  });
});

describe('the CLI never prints a command line from data', () => {
  it('terminal text and errors', async () => {
    const root = mkdtempSync(join(tmpdir(), 'drift-gate-cli-log-'));
    const header = 'id,"::warning title=scan::col",c';
    const rows = Array.from({ length: 60 }, (_, i) => `${i},${i % 7},${i % 3}`);
    writeFileSync(join(root, 'a.csv'), [header, ...rows].join('\n'));
    const candidate = [header, ...rows];
    candidate[3] = '3,"x\n::add-mask::secret",1';
    writeFileSync(join(root, 'b.csv'), candidate.join('\n'));
    const out: string[] = [];
    const status = await main(['--reference', 'a.csv', '--candidate', 'b.csv', '--fail-on', 'never'], {
      stdout: (text) => out.push(text),
      stderr: (text) => out.push(text),
      isTTY: false,
      cwd: root,
    });
    expect(status).toBe(0);
    const lines = out.join('\n').split(/\r\n|\n|\r|\u2028|\u2029/);
    expect(lines.some((line) => line.includes('warning title=scan'))).toBe(true);
    expect(lines.filter((line) => COMMAND.test(line))).toEqual([]);
    const missing: string[] = [];
    await main(['--reference', '::add-mask::x.csv', '--candidate', 'b.csv'], {
      stdout: (text) => missing.push(text),
      stderr: (text) => missing.push(text),
      isTTY: false,
      cwd: root,
    });
    expect(missing.join('\n')).toMatch(/add-mask/);
    expect(
      missing
        .join('\n')
        .split('\n')
        .filter((line) => COMMAND.test(line)),
    ).toEqual([]);
  });
});
