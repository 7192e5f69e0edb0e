/**
 * The README's "two commands" section names the Node versions of package.json (the engines floor
 * and the pinned `node` devDependency) when it explains the warnings `npm ci` prints: when either
 * changes, this fails until the explanation is updated with it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const section = readme
  .slice(readme.indexOf('## The two commands'), readme.indexOf('## Use in a workflow'))
  .replace(/\s+/g, ' ');

describe('README: what npm ci prints', () => {
  it('names the engines floor and the pinned Node of package.json', () => {
    const floor = /^>=(\d+\.\d+)\.0$/.exec(manifest.engines.node)?.[1];
    expect(floor).toBe('22.17');
    expect(section).toContain(`a system Node older than ${floor}`);
    expect(section).toContain(`On Node ${floor} or newer they do not appear`);
    const pinned = manifest.devDependencies.node.replace(/^\^/, '');
    expect(section).toContain(`node@${pinned}`);
    expect(section).toContain(`Node ${pinned.split('.')[0]}`);
  });
});
