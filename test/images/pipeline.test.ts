/** Image folders through the CLI: reconstruction drift, property columns, unreadable files, bad pairs. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { EXIT_FAIL, EXIT_PASS, EXIT_USAGE, main } from '../../src/cli/main.js';
import { runPipeline } from '../../src/engine/pipeline.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { tempFolder, writeShapes } from './synthetic.js';

async function cli(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isTTY: false,
    cwd,
  });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('image folders through the CLI', () => {
  const root = tempFolder();
  writeShapes(path.join(root, 'train'), ['one', 'zero'], 200, 1);
  writeShapes(path.join(root, 'same'), ['one', 'zero'], 120, 2);
  writeShapes(path.join(root, 'sevens'), ['seven'], 120, 3);
  writeShapes(path.join(root, 'bright'), ['one', 'zero'], 120, 4, { brighten: 0.35 });
  writeFileSync(path.join(root, 'same', 'broken.png'), 'not a png at all');

  it('the same kind of images pass; an unreadable file is named, skipped and reported', async () => {
    const run = await cli(
      ['--reference', 'train', '--candidate', 'same', '--report-json', 'same.json'],
      root,
    );
    expect(run.status, run.stdout + run.stderr).toBe(EXIT_PASS);
    const report = JSON.parse(readFileSync(path.join(root, 'same.json'), 'utf8'));
    expect(report.images.status).toBe('ok');
    expect(report.images.drift).toBe(false);
    expect(report.images.candidate.unreadable).toBe(1);
    expect(report.quality.map((q: { check: string }) => q.check)).toContain('unreadable-images');
    expect(report.columns.map((c: { name: string }) => c.name)).toContain('brightness');
    expect(report.diff).toBeNull();
    expect(run.stdout).toMatch(/broken\.png/);
    const validate = new Ajv({ allErrors: true, validateFormats: false, allowUnionTypes: true }).compile(
      JSON.parse(readFileSync('docs/report.schema.json', 'utf8')),
    );
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('another class of images drifts, with the worst images named', async () => {
    const run = await cli(['--reference', 'train', '--candidate', 'sevens', '--markdown', 'sevens.md'], root);
    expect(run.status).toBe(EXIT_FAIL);
    expect(run.stdout).toMatch(/Image drift: /);
    const summary = readFileSync(path.join(root, 'sevens.md'), 'utf8');
    expect(summary).toMatch(/### Images/);
    expect(summary).toMatch(/\| seven-\d{4}\.png \|/);
  });

  it('brighter images show as a brightness shift in the property columns', async () => {
    const run = await cli(
      ['--reference', 'train', '--candidate', 'bright', '--report-json', 'bright.json'],
      root,
    );
    const report = JSON.parse(readFileSync(path.join(root, 'bright.json'), 'utf8'));
    expect(report.columns.find((c: { name: string }) => c.name === 'brightness').drift).toBe(true);
    expect(run.status).toBe(EXIT_FAIL);
  });

  it('reads glob patterns of image files; a pattern against a plain path is a clear error', async () => {
    const run = await cli(
      ['--reference', 'train/one-*.png', '--candidate', 'sevens/*.png', '--report-json', 'glob.json'],
      root,
    );
    const report = JSON.parse(readFileSync(path.join(root, 'glob.json'), 'utf8'));
    expect(report.images.reference.source).toBe('train/one-*.png');
    expect(report.images.reference.images).toBe(100);
    expect(report.images.drift).toBe(true);
    expect(run.status).toBe(EXIT_FAIL);
    const mixed = await cli(['--reference', 'train/*.png', '--candidate', 'same'], root);
    expect(mixed.status).toBe(EXIT_USAGE);
    expect(mixed.stderr).toMatch(/train\/\*\.png is a pattern of image files but same is not/);
    const none = await cli(['--reference', 'train/*.gif', '--candidate', 'same/*.png'], root);
    expect(none.status).toBe(EXIT_USAGE);
    expect(none.stderr).toMatch(
      /'reference' pattern train\/\*\.gif names \.gif files, which drift-gate does not read: .* or patterns of images \(\.png, \.jpg, \.jpeg\) on both sides$/,
    );
    const noImage = await cli(['--reference', 'missing/*', '--candidate', 'same/*.png'], root);
    expect(noImage.stderr).toMatch(/no PNG or JPEG images match missing\/\*/);
  });

  it('in the action, patterns must stay inside the workspace', async () => {
    const settings = resolveSettings([
      { source: 'action inputs', values: { reference: '../*/x/*.png', candidate: 'same/*.png' } },
    ]);
    await expect(
      runPipeline(settings, { root, confineToRoot: true, referenceRevision: null }),
    ).rejects.toThrow(/'reference' pattern \.\.\/\*\/x\/\*\.png must stay inside the workspace/);
  });

  it('a folder against a file, and an empty folder, are clear errors', async () => {
    mkdirSync(path.join(root, 'empty'), { recursive: true });
    writeFileSync(path.join(root, 'table.csv'), 'a,b\n1,2\n');
    const mixed = await cli(['--reference', 'train', '--candidate', 'table.csv'], root);
    expect(mixed.status).toBe(EXIT_USAGE);
    expect(mixed.stderr).toMatch(/train is a folder \(of images\) but table\.csv is not/);
    const empty = await cli(['--reference', 'train', '--candidate', 'empty'], root);
    expect(empty.status).toBe(EXIT_USAGE);
    expect(empty.stderr).toMatch(/no PNG or JPEG images/);
  });
});
