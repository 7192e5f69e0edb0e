// Preloaded by bench/run.js: prints the process's peak resident memory and its CPU time (user +
// system, all threads) on exit. `--import` preloads it into every worker thread too, and a
// worker's `process.resourceUsage()` is the whole process's so far: only the main thread prints,
// at the process's exit (a worker's earlier line under-reported both figures).
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    process.stderr.write(`peak-rss-mb=${Math.round(usage.maxRSS / 1024)}\n`);
    process.stderr.write(`cpu-s=${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(2)}\n`);
  });
}
