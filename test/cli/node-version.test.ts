import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_USAGE, main } from '../../src/cli/main.js';
import { MIN_NODE_VERSION, nodeVersionProblem } from '../../src/version.js';

describe('Node.js version check', () => {
  it('names the needed version for an older Node (regression: Node 20 crashed on image patterns as "a bug")', () => {
    expect(nodeVersionProblem('v20.20.2')).toBe(
      'drift-gate needs Node.js 22.17.0 or newer (this is v20.20.2); install a current Node.js (24 LTS) or run it with npx -p node@24',
    );
    expect(nodeVersionProblem('v22.16.9')).not.toBeNull();
    expect(nodeVersionProblem('v22.17.0')).toBeNull();
    expect(nodeVersionProblem('v24.1.0')).toBeNull();
    expect(nodeVersionProblem('v100.0.0')).toBeNull();
  });

  it('the CLI stops with exit 2 and that message before reading anything', async () => {
    const err: string[] = [];
    const status = await main(['--reference', 'examples/data/nope.png'], {
      stdout: () => {},
      stderr: (t) => err.push(t),
      isTTY: false,
      cwd: '.',
      nodeVersion: 'v20.20.2',
    });
    expect(status).toBe(EXIT_USAGE);
    expect(err.join('\n')).toContain(`needs Node.js ${MIN_NODE_VERSION}`);
  });

  it('package.json engines states the same minimum', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${MIN_NODE_VERSION}`);
  });
});
