/**
 * Issue 10, item 3: image patterns from a pull request (inputs or .github/drift.yml) cannot read
 * images outside the workspace: braces, extglob `..`, and a folder symlinked out of the workspace
 * are rejected before any file is read.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.js';
import { UserInputError } from '../../src/errors.js';
import { expandPattern, isPattern, locateInput } from '../../src/inputs/locate.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { tempFolder, writeShapes } from '../images/synthetic.js';

let workspace = '';
let outside = '';

beforeAll(() => {
  workspace = tempFolder();
  outside = tempFolder();
  writeShapes(path.join(workspace, 'train'), ['one', 'zero'], 6, 1);
  writeShapes(path.join(workspace, 'same'), ['one', 'zero'], 6, 2);
  writeShapes(path.join(outside, 'secret'), ['seven'], 4, 3);
  symlinkSync(path.join(outside, 'secret'), path.join(workspace, 'linked'));
});

const confined = () => ({ root: workspace, confineToRoot: true });

async function attack(reference: string): Promise<unknown> {
  const settings = resolveSettings([
    { source: '.github/drift.yml', isFile: true, values: { reference, candidate: 'same/*.png' } },
  ]);
  return runPipeline(settings, { root: workspace, confineToRoot: true, referenceRevision: null }).catch(
    (error: unknown) => error,
  );
}

describe('image patterns in the action stay inside the workspace', () => {
  it('rejects brace expansion to an absolute path or to ..', async () => {
    for (const pattern of [`{${outside},x}/secret/*.png`, '{..,x}/*/secret/*.png']) {
      const error = await attack(pattern);
      expect(error, pattern).toBeInstanceOf(UserInputError);
      expect((error as Error).message).toMatch(/braces|must stay inside/);
    }
  });

  it('reads nothing through extglob .. (fs.glob never matches .., and a match outside would be rejected)', async () => {
    const relativeOutside = path.relative(workspace, outside).split(path.sep).slice(1).join('/');
    const error = await attack(`@(..)/${relativeOutside}/secret/*.png`);
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as Error).message).toMatch(/outside the workspace|no PNG or JPEG images match/);
  });

  it('rejects a pattern through a folder symlinked out of the workspace, before reading', async () => {
    await expect(expandPattern('linked/*.png', 'reference', confined())).rejects.toThrow(
      /matches "linked\/seven-0000\.png", which is outside the workspace/,
    );
    const error = await attack('linked/*.png');
    expect(error).toBeInstanceOf(UserInputError);
  });

  it('still reads patterns inside the workspace, and the CLI (not confined) may use braces', async () => {
    const names = await expandPattern('train/*.png', 'reference', confined());
    expect(names).toHaveLength(6);
    expect(names[0]).toBe('train/one-0000.png');
    const cli = await expandPattern('{train,same}/one-000[0-1].png', 'reference', {
      root: workspace,
      confineToRoot: false,
    });
    expect(cli).toEqual(['same/one-0000.png', 'train/one-0000.png']);
  });

  it('tells files, folders and patterns apart', () => {
    expect(isPattern('images/*.png')).toBe(true);
    expect(isPattern('data/train.csv')).toBe(false);
    expect(() => locateInput('../x.csv', 'reference', confined())).toThrow(/outside the workspace/);
    expect(() => locateInput(null, 'candidate', confined())).toThrow(/'candidate' is required/);
    expect(locateInput('/abs/x.csv', 'reference', { root: workspace, confineToRoot: false }).absolute).toBe(
      '/abs/x.csv',
    );
  });
});
