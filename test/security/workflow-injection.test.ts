// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub workflow expressions are the subject of this test
/**
 * Issue 10, item 1: no documented workflow pastes an expression (`${{ steps.x.outputs.y }}`,
 * `${{ github.event.pull_request.title }}`, ...) into a `run:` script, where a column named
 * `$(touch /tmp/x)` would run as a command. Outputs go through `env:` and are quoted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** Every `run:` script in a parsed workflow that contains a `${{ ... }}` expression. */
function expressionsInRun(workflow: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'run' && typeof value === 'string') {
          for (const match of value.matchAll(/\$\{\{[^}]*\}\}/g)) found.push(match[0]);
        } else walk(value);
      }
    }
  };
  walk(workflow);
  return found;
}

/** The workflows in the README's ```yaml blocks that have `jobs:`. */
function readmeWorkflows(): string[] {
  const text = readFileSync('README.md', 'utf8');
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((y) => /^jobs:/m.test(y));
}

function workflowFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(folder, name));
}

describe('documented workflows never paste expressions into run: scripts', () => {
  it('finds the pattern it guards against', () => {
    const bad = parse(
      'jobs:\n  a:\n    steps:\n      - run: echo "${{ steps.drift.outputs.drifted-columns }}"\n',
    );
    expect(expressionsInRun(bad)).toEqual(['${{ steps.drift.outputs.drifted-columns }}']);
    const good = parse(
      'jobs:\n  a:\n    steps:\n      - env:\n          D: ${{ steps.drift.outputs.drifted-columns }}\n        run: echo "$D"\n',
    );
    expect(expressionsInRun(good)).toEqual([]);
  });

  const files = [...workflowFiles('examples/workflows'), ...workflowFiles('.github/workflows')];
  it.each(files)('%s', (file) => {
    expect(expressionsInRun(parse(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('README examples', () => {
    const workflows = readmeWorkflows();
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    for (const workflow of workflows) expect(expressionsInRun(parse(workflow))).toEqual([]);
  });

  it('README tells users to pass outputs through env: and quote them', () => {
    expect(readFileSync('README.md', 'utf8')).toMatch(/"\$DRIFTED_COLUMNS"/);
  });
});
