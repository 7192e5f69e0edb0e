/**
 * The launcher (src/launch.ts): when it relaunches with huge pages, and that the bundled CLI
 * does so on this machine exactly when the rule says it can help (same pid, the tunable set once,
 * the output and exit status unchanged).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hugePageTunables, selectedMode } from '../../src/launch.js';

const linux = {
  platform: 'linux',
  glibc: () => '2.36',
  transparentHugePages: 'madvise',
  tunables: undefined,
};

describe('hugePageTunables', () => {
  it('asks for huge pages on Linux with glibc 2.35+ and THP in madvise mode', () => {
    const ours = 'glibc.malloc.hugetlb=1:glibc.malloc.arena_max=1';
    expect(hugePageTunables(linux)).toBe(ours);
    expect(hugePageTunables({ ...linux, glibc: () => '2.35' })).toBe(ours);
    expect(hugePageTunables({ ...linux, glibc: () => '3.0' })).toBe(ours);
  });

  it("keeps the user's other tunables, and their arena count instead of one arena", () => {
    expect(hugePageTunables({ ...linux, tunables: 'glibc.malloc.arena_max=2' })).toBe(
      'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1',
    );
    expect(hugePageTunables({ ...linux, tunables: 'glibc.malloc.tcache_count=0' })).toBe(
      'glibc.malloc.tcache_count=0:glibc.malloc.hugetlb=1:glibc.malloc.arena_max=1',
    );
  });

  it('leaves the process alone where it cannot help or the user chose', () => {
    expect(hugePageTunables({ ...linux, tunables: 'glibc.malloc.hugetlb=0' })).toBeUndefined();
    expect(hugePageTunables({ ...linux, tunables: 'glibc.malloc.hugetlb=1' })).toBeUndefined();
    expect(hugePageTunables({ ...linux, glibc: () => '2.34' })).toBeUndefined();
    expect(hugePageTunables({ ...linux, glibc: () => undefined })).toBeUndefined();
    expect(hugePageTunables({ ...linux, transparentHugePages: 'always' })).toBeUndefined();
    expect(hugePageTunables({ ...linux, transparentHugePages: 'never' })).toBeUndefined();
    expect(hugePageTunables({ ...linux, transparentHugePages: undefined })).toBeUndefined();
    expect(hugePageTunables({ ...linux, platform: 'darwin' })).toBeUndefined();
    // glibc's version (a diagnostic report) is asked for only when everything else allows
    const unasked = () => {
      throw new Error('glibc asked for');
    };
    expect(
      hugePageTunables({ ...linux, glibc: unasked, tunables: 'glibc.malloc.hugetlb=0' }),
    ).toBeUndefined();
    expect(hugePageTunables({ ...linux, glibc: unasked, transparentHugePages: 'never' })).toBeUndefined();
  });
});

describe('selectedMode', () => {
  it('reads the bracketed word of /sys/kernel/mm/transparent_hugepage/enabled', () => {
    expect(selectedMode('always [madvise] never\n')).toBe('madvise');
    expect(selectedMode('[always] madvise never\n')).toBe('always');
    expect(selectedMode('')).toBeUndefined();
  });
});

describe('the bundled CLI (dist/cli.js)', () => {
  const machine = (() => {
    let mode: string | undefined;
    try {
      mode = selectedMode(readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8'));
    } catch {
      mode = undefined;
    }
    const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header;
    return hugePageTunables({
      platform: process.platform,
      glibc: () => header?.glibcVersionRuntime,
      transparentHugePages: mode,
      tunables: process.env.GLIBC_TUNABLES,
    });
  })();

  /** Runs dist/cli.js with a preload that prints the pid and GLIBC_TUNABLES of each process image. */
  function run(args: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'launch-'));
    const preload = join(dir, 'print.mjs');
    writeFileSync(
      preload,
      'process.stderr.write("image " + process.pid + " " + process.env.GLIBC_TUNABLES + "\\n");\n',
    );
    const result = spawnSync(process.execPath, ['--import', preload, resolve('dist/cli.js'), ...args], {
      encoding: 'utf8',
    });
    const images = [...result.stderr.matchAll(/^image (\d+) (.*)$/gm)].map((match) => ({
      pid: match[1],
      tunables: match[2],
    }));
    return { ...result, images };
  }

  it(`relaunches once with huge pages exactly when the rule says so here (${machine ?? 'no relaunch'})`, () => {
    const result = run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    if (machine === undefined) {
      expect(result.images).toHaveLength(1);
      return;
    }
    expect(result.images).toHaveLength(2);
    expect(result.images[1].pid).toBe(result.images[0].pid);
    expect(result.images[1].tunables).toBe(machine);
  });

  it('keeps the exit status of a bad command line through the relaunch', () => {
    const result = run(['--no-such-flag']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no-such-flag');
  });
});
