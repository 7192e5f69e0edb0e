// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with @vercel/ncc, as ESM.
// Each entry is built into a scratch folder and its single output file moved into dist/, then
// printed again by oxc's code generator (rolldown's minifySync, nothing compressed or renamed) with
// every non-ASCII character escaped and the comments dropped, licence comments kept. Node decodes
// a source with any non-ASCII character into a two-byte string (cli-main.js: 2.6 MB decoded to 5.2
// MB, 760 page faults in the conversion); the printed bundles are one-byte strings and a quarter
// smaller: 1M x 20 peak RSS 439-443 against 464-467 MiB, median 2.01 against 2.12 s (8 alternated
// runs).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { minifySync } from 'rolldown/utils';

// index.js and cli.js are launchers (src/launch.ts) that load the bodies action-main.js and cli-main.js
const entries = [
  { source: 'src/index.ts', output: 'index.js' },
  { source: 'src/action-main.ts', output: 'action-main.js' },
  { source: 'src/bin.ts', output: 'cli.js', shebang: true },
  { source: 'src/cli-main.ts', output: 'cli-main.js' },
];
if (existsSync('src/data/parse-worker.ts'))
  entries.push({ source: 'src/data/parse-worker.ts', output: 'parse-worker.js' });
if (existsSync('src/engine/compare-worker.ts'))
  entries.push({ source: 'src/engine/compare-worker.ts', output: 'compare-worker.js' });

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const entry of entries) {
  const scratch = join('build', 'ncc', entry.output);
  rmSync(scratch, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry.source,
      '-o',
      scratch,
      '--quiet',
      '--target',
      'es2023',
    ],
    { stdio: 'inherit' },
  );
  const files = readdirSync(scratch).filter((name) => name !== 'package.json');
  for (const name of files) {
    if (name !== 'index.js') throw new Error(`ncc emitted an unexpected file for ${entry.source}: ${name}`);
  }
  const target = join('dist', entry.output);
  renameSync(join(scratch, 'index.js'), target);
  writeFileSync(target, printedAscii(target));
  if (entry.shebang) {
    const code = readFileSync(target, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(target, `#!/usr/bin/env node\n${code}`);
    chmodSync(target, 0o755);
  }
}
writeFileSync('dist/package.json', '{ "type": "module" }\n');

/** The bundle at `file` printed again with non-ASCII characters escaped and only licence comments kept (see the top). */
function printedAscii(file) {
  const printed = minifySync(file, readFileSync(file, 'utf8'), {
    module: true,
    compress: false,
    mangle: false,
    codegen: { asciiOnly: true, removeWhitespace: false, legalComments: 'inline' },
  });
  if (printed.errors.length > 0) throw new Error(`printing ${file}: ${printed.errors[0].message}`);
  return printed.code;
}
