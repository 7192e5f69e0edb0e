/**
 * The shape of src/ (docs/architecture.md): each folder is a layer, imports only point down, only
 * the action adapter imports @actions/*, only the adapters read the environment, and no source
 * file grows past ~400 lines without saying why at its top.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/**
 * The layers, lowest first. A module may import from its own layer entry (folder or file) and from
 * any entry of a lower layer; entries on the same line are siblings and may not import each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['errors.ts', 'version.ts'],
  ['workers', 'stats'],
  ['data', 'inputs'],
  ['settings'],
  ['report'],
  ['multivariate'],
  ['checks', 'images'],
  ['engine'],
  ['action', 'cli'],
  ['launch.ts', 'action-main.ts', 'cli-main.ts'],
  ['index.ts', 'bin.ts'],
];

/**
 * Where the environment may be read: the adapters and their entry points, and src/inputs, which
 * hands it on to the git child process.
 */
const READS_ENVIRONMENT = new Set([
  'action',
  'cli',
  'launch.ts',
  'action-main.ts',
  'cli-main.ts',
  'index.ts',
  'bin.ts',
  'inputs',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The layer entry a file belongs to: its top folder under src/, or the file name for top-level files. */
function entryOf(file: string): string {
  return path.relative(src, file).split(path.sep)[0].replace(/\.js$/, '.ts');
}

function rankOf(entry: string): number {
  const rank = LAYERS.findIndex((layer) => layer.includes(entry));
  if (rank < 0) throw new Error(`src/${entry} is in no layer: add it to LAYERS and docs/architecture.md`);
  return rank;
}

/** Every module specifier imported (statically, re-exported or dynamically) by a source text. */
function importedSpecifiers(text: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?|^\s*import\s+)(['"])([^'"]+)\1/gm;
  for (const match of text.matchAll(pattern)) specifiers.push(match[2]);
  return specifiers;
}

const files = sourceFiles(src);

describe('layers of src/', () => {
  it('lists every top-level entry of src/ in exactly one layer', () => {
    const entries = new Set(files.map(entryOf));
    for (const entry of entries) expect(rankOf(entry), entry).toBeGreaterThanOrEqual(0);
    const declared = LAYERS.flat();
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('imports only point down', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = entryOf(file);
      for (const specifier of importedSpecifiers(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const target = entryOf(path.resolve(path.dirname(file), specifier));
        if (target === from) continue;
        if (rankOf(target) >= rankOf(from)) {
          upward.push(`${path.relative(src, file)} imports ${specifier} (${target} is not below ${from})`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it('lets only src/action import @actions/*', () => {
    const offenders = files.filter(
      (file) =>
        entryOf(file) !== 'action' &&
        importedSpecifiers(readFileSync(file, 'utf8')).some((s) => s.startsWith('@actions/')),
    );
    expect(offenders.map((file) => path.relative(src, file))).toEqual([]);
  });

  it('reads the environment only in the adapters', () => {
    const offenders = files.filter(
      (file) => !READS_ENVIRONMENT.has(entryOf(file)) && /\bprocess\.env\b/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => path.relative(src, file))).toEqual([]);
  });

  it('keeps files under ~400 lines unless the top says why', () => {
    const long = files.filter((file) => {
      const lines = readFileSync(file, 'utf8').split('\n');
      return lines.length > 420 && !lines.slice(0, 12).some((line) => /Why this file is long:/.test(line));
    });
    expect(long.map((file) => path.relative(src, file))).toEqual([]);
  });
});

describe('importedSpecifiers', () => {
  it('finds static, type-only, re-exported and dynamic imports', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c.js';",
      "const d = await import('./d.js');",
      "import './side-effect.js';",
      "await import(/* webpackIgnore: true */ './e.js');",
    ].join('\n');
    expect(importedSpecifiers(text)).toEqual([
      './a.js',
      '../b.js',
      './c.js',
      './d.js',
      './side-effect.js',
      './e.js',
    ]);
  });
});
