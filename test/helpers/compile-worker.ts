/** Compiles a worker entry (and what it imports) to JavaScript with tsc, as the build's bundles do. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `entry` is relative to src/ (e.g. `data/parse-worker.ts`); returns the compiled file's path. */
export function compileWorker(entry: string, outDir: string): string {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      path.join(root, 'src', entry),
      '--outDir',
      outDir,
      '--rootDir',
      path.join(root, 'src'),
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2023',
      '--skipLibCheck',
      '--types',
      'node',
    ],
    { cwd: root, stdio: 'pipe' },
  );
  writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n');
  return path.join(outDir, entry.replace(/\.ts$/, '.js'));
}
