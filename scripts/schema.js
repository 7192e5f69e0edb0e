// Writes docs/report.schema.json from the report declaration in src/report/contract/ (`npm run schema`).
// The declaration is TypeScript: it is emitted (without type checking; `npm run typecheck` does that)
// into build/schema/ with the repository's TypeScript, then imported. test/report/schema.test.ts fails
// when the committed file differs from what this writes.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

const out = 'build/schema';
rmSync(out, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    'node_modules/typescript/bin/tsc',
    'src/report/contract/json-schema.ts',
    '--outDir',
    out,
    '--rootDir',
    'src',
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2023',
    '--verbatimModuleSyntax',
    '--skipLibCheck',
    '--noCheck',
  ],
  { stdio: 'inherit' },
);
const { reportSchemaText, profileSchemaText } = await import(`../${out}/report/contract/json-schema.js`);
writeFileSync('docs/report.schema.json', reportSchemaText());
writeFileSync('docs/profile.schema.json', profileSchemaText());
rmSync(out, { recursive: true, force: true });
process.stdout.write('wrote docs/report.schema.json and docs/profile.schema.json\n');
