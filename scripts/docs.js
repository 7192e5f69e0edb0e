// Regenerates the `inputs:` of action.yml and the inputs table of README.md from the settings
// declarations (src/settings/declarations.ts). `npm run docs` writes them; `--check` only says
// which file is stale and exits 1 (test/settings/docs.test.ts does the same check in the suite).
// The TypeScript sources are loaded through a module hook that transpiles them with the
// `typescript` devDependency, so nothing needs building first.
import { readFileSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import ts from 'typescript';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;
      return next(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
  load(url, context, next) {
    if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
    const { outputText } = ts.transpileModule(readFileSync(new URL(url), 'utf8'), {
      fileName: url,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2023,
        verbatimModuleSyntax: true,
      },
    });
    return { format: 'module', source: outputText, shortCircuit: true };
  },
});

const { renderActionYml, renderReadme } = await import('../src/settings/docs.ts');
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, render] of [
  ['action.yml', renderActionYml],
  ['README.md', renderReadme],
]) {
  const current = readFileSync(path, 'utf8');
  const next = render(current);
  if (next === current) continue;
  if (check) {
    process.stderr.write(`${path} is out of date with src/settings/declarations.ts: run npm run docs\n`);
    stale++;
  } else {
    writeFileSync(path, next);
    process.stdout.write(`wrote ${path}\n`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
