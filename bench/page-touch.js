// What a first touch of fresh memory costs on this machine: `node bench/page-touch.js [MiB]`.
// Allocates MiB of zeroed memory and writes one byte per 4 KiB page, first once in this thread,
// then in two threads at once (two worker threads, each its own MiB), and prints the time per page
// (the kernel maps each page on its first write). Our runs are dominated by it on the project's
// machine (a Firecracker VM that gives freed memory back to its host: docs/performance.md).
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const PAGE = 4096;

/** Milliseconds to touch every page of `bytes` fresh bytes once. */
function touch(bytes) {
  const memory = new Uint8Array(new SharedArrayBuffer(bytes));
  const started = performance.now();
  for (let at = 0; at < bytes; at += PAGE) memory[at] = 1;
  return performance.now() - started;
}

if (isMainThread) {
  const mib = Number(process.argv[2] ?? 256);
  const bytes = mib << 20;
  const pages = bytes / PAGE;
  const alone = touch(bytes);
  const rewrite = (() => {
    const memory = new Uint8Array(bytes);
    for (let at = 0; at < bytes; at += PAGE) memory[at] = 1;
    const started = performance.now();
    for (let at = 0; at < bytes; at += PAGE) memory[at] = 2;
    return performance.now() - started;
  })();
  const url = new URL(import.meta.url);
  const both = await Promise.all(
    [0, 1].map(
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker(url, { workerData: bytes });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const us = (ms) => ((1000 * ms) / pages).toFixed(2);
  process.stdout.write(
    `${mib} MiB = ${pages} pages of 4 KiB\n` +
      `first touch, one thread: ${alone.toFixed(0)} ms, ${us(alone)} us a page\n` +
      `second touch (already mapped): ${rewrite.toFixed(0)} ms, ${us(rewrite)} us a page\n` +
      `first touch, two threads at once: ${both.map((ms) => `${ms.toFixed(0)} ms (${us(ms)} us a page)`).join(', ')}\n`,
  );
} else {
  parentPort.postMessage(touch(workerData));
}
