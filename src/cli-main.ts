/** The command line's body, loaded by the launcher src/bin.ts (dist/cli.js). */
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  width: process.stdout.columns,
  cwd: process.cwd(),
});
