// Preloaded by bench/run.js: prints the process's peak resident memory and its CPU time (user +
// system, all threads) on exit.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`peak-rss-mb=${Math.round(usage.maxRSS / 1024)}\n`);
  process.stderr.write(`cpu-s=${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(2)}\n`);
});
