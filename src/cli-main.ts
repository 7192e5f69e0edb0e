/** The command line's body, loaded by the launcher src/bin.ts (dist/cli.js). */
import { main } from './cli/main.js';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  width: process.stdout.columns,
  cwd: process.cwd(),
});
// Exit once stdout and stderr have flushed (an empty write calls back after the writes before
// it), rather than by the event loop running dry: that exit also tears down every heap and waits
// for finished worker threads to stop, about 35 ms after a 1M x 20 comparison, for nothing the
// run still needs (main() has awaited every file it writes).
process.exitCode = code;
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
