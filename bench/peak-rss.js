// Preloaded by bench/run.js: prints the process's peak resident memory (all threads) on exit.
process.on('exit', () => {
  process.stderr.write(`peak-rss-mb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
