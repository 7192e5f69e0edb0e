import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserInputError } from '../../src/errors.js';
import { resolveInWorkspace, resolveOutputPath, workspaceRelative } from '../../src/inputs/workspace.js';

let root: string;
let workspace: string;

function rejection(userPath: string, what = 'reference'): UserInputError {
  try {
    resolveInWorkspace(userPath, workspace, what);
  } catch (error) {
    expect(error).toBeInstanceOf(UserInputError);
    return error as UserInputError;
  }
  throw new Error(`expected ${JSON.stringify(userPath)} to be rejected`);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'drift-gate-ws-'));
  workspace = path.join(root, 'workspace');
  mkdirSync(path.join(workspace, 'data'), { recursive: true });
  writeFileSync(path.join(workspace, 'data', 'train.csv'), 'a\n1\n');
  writeFileSync(path.join(root, 'outside.csv'), 'secret\n');
  mkdirSync(path.join(root, 'outside-dir'));
  symlinkSync(path.join(root, 'outside.csv'), path.join(workspace, 'data', 'link.csv'));
  symlinkSync(path.join(root, 'outside-dir'), path.join(workspace, 'linked-dir'));
  symlinkSync(path.join(workspace, 'data', 'train.csv'), path.join(workspace, 'inside-link.csv'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('resolveInWorkspace', () => {
  it('resolves a relative path inside the workspace', () => {
    expect(resolveInWorkspace('data/train.csv', workspace, 'reference')).toBe(
      path.join(workspace, 'data', 'train.csv'),
    );
    expect(resolveInWorkspace('./data/../data/train.csv', workspace, 'reference')).toBe(
      path.join(workspace, 'data', 'train.csv'),
    );
  });

  it('resolves a path that does not exist yet', () => {
    expect(resolveInWorkspace('reports/out.json', workspace, 'report')).toBe(
      path.join(workspace, 'reports', 'out.json'),
    );
  });

  it('accepts a symlink that stays inside the workspace', () => {
    expect(resolveInWorkspace('inside-link.csv', workspace, 'reference')).toBe(
      path.join(workspace, 'inside-link.csv'),
    );
  });

  it.each(['../outside.csv', 'a/../../x', 'data/../../outside.csv', '..'])(
    'rejects %s, which leaves the workspace',
    (p) => {
      const error = rejection(p, 'candidate');
      expect(error.message).toContain('candidate');
      expect(error.message).toContain(JSON.stringify(p));
      expect(error.message).toMatch(/outside the workspace/);
    },
  );

  it('rejects absolute paths', () => {
    const error = rejection('/etc/passwd');
    expect(error.message).toContain('reference');
    expect(error.message).toContain('/etc/passwd');
    expect(error.message).toMatch(/absolute/);
    expect(rejection(path.join(workspace, 'data', 'train.csv')).message).toMatch(/absolute/);
    expect(rejection('C:\\Windows\\win.ini').message).toMatch(/absolute/);
  });

  it('rejects a symlink that points outside the workspace', () => {
    const error = rejection('data/link.csv');
    expect(error.message).toContain('reference');
    expect(error.message).toContain('data/link.csv');
    expect(error.message).toMatch(/symbolic link/);
  });

  it('rejects a path through a symlinked directory outside, even when the file does not exist', () => {
    expect(rejection('linked-dir/new.csv').message).toMatch(/symbolic link/);
  });

  it('rejects empty paths', () => {
    expect(rejection('').message).toMatch(/reference is empty/);
    expect(rejection('   ').message).toMatch(/empty/);
  });
});

describe('workspaceRelative', () => {
  it('gives a /-separated path relative to the workspace', () => {
    expect(workspaceRelative(path.join(workspace, 'data', 'train.csv'), workspace)).toBe('data/train.csv');
    expect(workspaceRelative(workspace, workspace)).toBe('.');
  });

  it('keeps paths outside the workspace absolute', () => {
    expect(workspaceRelative(path.join(root, 'outside.csv'), workspace)).toBe(path.join(root, 'outside.csv'));
  });
});

describe('resolveOutputPath (issue 10, item 4: report-json from a pull request)', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'drift-gate-output-'));
  const workspace = path.join(base, 'ws');
  const runnerTemp = path.join(base, 'temp');
  const elsewhere = path.join(base, 'elsewhere');
  for (const folder of [workspace, runnerTemp, elsewhere]) mkdirSync(folder, { recursive: true });
  symlinkSync(elsewhere, path.join(workspace, 'out'));
  const roots = [workspace, runnerTemp];

  it('accepts paths inside the workspace or RUNNER_TEMP', () => {
    expect(resolveOutputPath('reports/a.json', workspace, roots, 'report-json')).toBe(
      path.join(workspace, 'reports/a.json'),
    );
    expect(resolveOutputPath(path.join(runnerTemp, 'a.json'), workspace, roots, 'report-json')).toBe(
      path.join(runnerTemp, 'a.json'),
    );
  });

  it.each([
    ['an absolute path elsewhere', () => path.join(elsewhere, 'pwn.json')],
    ['../', () => '../elsewhere/pwn.json'],
    ['a symlinked folder', () => 'out/pwn.json'],
    ['/tmp', () => '/tmp/anywhere/pwn.json'],
  ])('rejects %s', (_label, target) => {
    expect(() => resolveOutputPath(target(), workspace, roots, 'report-json')).toThrow(
      /outside the workspace and RUNNER_TEMP/,
    );
  });

  it('rejects a folder, and works without RUNNER_TEMP', () => {
    expect(() => resolveOutputPath('.', workspace, roots, 'report-json')).toThrow(/is a folder/);
    expect(resolveOutputPath('a.json', workspace, [workspace, ''], 'report-json')).toBe(
      path.join(workspace, 'a.json'),
    );
  });
});
