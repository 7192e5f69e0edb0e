/**
 * Huge pages for the data, set before anything is loaded. The typed columns, sort buffers and hash
 * tables are ArrayBuffers, which glibc's malloc maps from the kernel; with 4 KiB pages the kernel
 * maps each page on its first write, and a run writes about its peak memory once. glibc 2.35+ asks
 * for transparent huge pages (2 MiB) on those maps when started with the tunable
 * `glibc.malloc.hugetlb=1`, 512 times fewer faults. Measured on the 2-core bench machine: a first
 * touch 14.8 us a 4 KiB page, 0.4 us with huge pages; the 1M x 20 bench 4.1 -> 3.4 s, 5M x 20
 * 19.4 -> 15.4 s (docs/performance.md). glibc reads its tunables only at process start, so the
 * launcher replaces the process (`process.execve`: same pid, stdio, signals and exit status) with
 * the variable set, when that can help: Linux with glibc 2.35+, the kernel's THP mode `madvise`
 * (with `always` every large map gets huge pages already; with `never` none can), and the user has
 * not set `glibc.malloc.hugetlb` themselves (`GLIBC_TUNABLES=glibc.malloc.hugetlb=0` turns this off;
 * it also keeps the relaunched process from relaunching). Nothing computed changes.
 *
 * The relaunch also sets `glibc.malloc.arena_max=1` (unless the user set an arena count): glibc
 * gives each thread's allocations an arena of its own by default, and it asks for huge pages only
 * on the main arena and on maps of their own, so the worker threads' columns, row hashes and sort
 * buffers came from their arenas in 4 KiB pages. A first touch of such a page costs about 14 us
 * here (an 8 MiB array: 2,048 faults, 29 ms; 516 faults and 8 ms with huge pages). With one arena,
 * 1M x 20 made 18,300-19,100 page faults instead of 29,500-29,800, and took a median 2.37 s
 * against 2.55 s and 1.96 against 2.16 s (12 and 8 alternated runs, both without the relaunch).
 * One arena means one lock for every thread's malloc; our threads allocate large arrays, few times.
 */
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { prestartWorker } from './workers/thread.js';
import { builtWorkerPath } from './workers/worker-file.js';

const TUNABLE = 'glibc.malloc.hugetlb';
const ARENAS = 'glibc.malloc.arena_max';
const THP_MODE_FILE = '/sys/kernel/mm/transparent_hugepage/enabled';

/** What decides the relaunch: the platform, glibc's version, the kernel's THP mode, the variable. */
export interface HugePageContext {
  readonly platform: string;
  /**
   * glibc's runtime version (`2.36`), undefined without glibc (musl, macOS, Windows); asked for
   * last, as reading it costs a few milliseconds.
   */
  readonly glibc: () => string | undefined;
  /** The selected word of THP_MODE_FILE (`always`, `madvise`, `never`), undefined when unreadable. */
  readonly transparentHugePages: string | undefined;
  /** GLIBC_TUNABLES as the process got it. */
  readonly tunables: string | undefined;
}

/** GLIBC_TUNABLES for the relaunch (the user's tunables kept; see the top of this file), or undefined when it cannot help. */
export function hugePageTunables(context: HugePageContext): string | undefined {
  if (context.platform !== 'linux' || context.transparentHugePages !== 'madvise') return undefined;
  const tunables = context.tunables ?? '';
  if (tunables.includes(TUNABLE)) return undefined;
  const [major, minor] = (context.glibc() ?? '').split('.').map(Number);
  if (!(major > 2 || (major === 2 && minor >= 35))) return undefined;
  const ours = tunables.includes(ARENAS) ? [`${TUNABLE}=1`] : [`${TUNABLE}=1`, `${ARENAS}=1`];
  return [...(tunables === '' ? [] : [tunables]), ...ours].join(':');
}

/** The selected mode in the text of THP_MODE_FILE (`always [madvise] never` -> `madvise`). */
export function selectedMode(text: string): string | undefined {
  return /\[(\w+)\]/.exec(text)?.[1];
}

function transparentHugePageMode(): string | undefined {
  try {
    return selectedMode(readFileSync(THP_MODE_FILE, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The glibc version the process runs on, from Node's diagnostic report header. */
function glibcVersion(): string | undefined {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } })?.header;
  return header?.glibcVersionRuntime;
}

/**
 * Replaces this process by itself with huge pages asked for (see the top of this file); returns
 * only when that cannot help or the exec fails (then the run goes on as it is). Cost: one more
 * Node start, about 80 ms.
 */
export function relaunchWithHugePages(): void {
  if (!isMainThread || typeof process.execve !== 'function') return;
  const tunables = hugePageTunables({
    platform: process.platform,
    glibc: glibcVersion,
    transparentHugePages: process.platform === 'linux' ? transparentHugePageMode() : undefined,
    tunables: process.env.GLIBC_TUNABLES,
  });
  if (tunables === undefined) return;
  try {
    process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
      ...process.env,
      GLIBC_TUNABLES: tunables,
    });
  } catch {
    // the exec failed: run in this process, with small pages
  }
}

/**
 * Starts the parse worker (the built one, or DRIFT_GATE_PARSE_WORKER: a path, or `off`) before
 * the body's bundle loads: its start (a Node thread and its bundle to compile, about 0.25 s)
 * then overlaps the body's compile instead of delaying the read of its side of the data, which
 * otherwise ended a third of a second after this thread's (1M x 20). Unused, it waits without
 * keeping the process alive (workers/thread.ts).
 */
export function prestartParseWorker(): void {
  const file = builtWorkerPath('parse-worker', process.env.DRIFT_GATE_PARSE_WORKER);
  if (file !== null) prestartWorker(file);
}
