import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserInputError } from '../../src/errors.js';
import { describePropertyChange, imageDrift, readImageFolder, resizeArea } from '../../src/images/index.js';
import { ks2Samp } from '../../src/stats/ks.js';
import { rng } from '../helpers/random.js';
import { drawShape, tempFolder, writeShapes } from './synthetic.js';

let root: string;
beforeAll(() => {
  root = tempFolder();
  // 400 images of ones and zeros, split at random into two folders of 200
  const all = path.join(root, 'all');
  writeShapes(all, ['one', 'zero'], 400, 1);
  const random = rng(2);
  for (const name of readdirSync(all)) {
    const target = path.join(root, random() < 0.5 ? 'split-a' : 'split-b');
    mkdirSync(target, { recursive: true });
    copyFileSync(path.join(all, name), path.join(target, name));
  }
  writeShapes(path.join(root, 'reference'), ['one', 'zero'], 200, 3);
  writeShapes(path.join(root, 'sevens'), ['seven'], 200, 4);
  writeShapes(path.join(root, 'noisy'), ['one', 'zero'], 200, 5, { noise: 0.3 });
  writeShapes(path.join(root, 'brighter'), ['one', 'zero'], 200, 6, { brighten: 0.25 });
});

describe('imageDrift', () => {
  it('finds no drift between two random halves of the same images', async () => {
    const a = await readImageFolder(path.join(root, 'split-a'));
    const b = await readImageFolder(path.join(root, 'split-b'));
    const result = imageDrift(a, b);
    expect(result.status).toBe('ok');
    expect(result.drift).toBe(false);
    expect(result.explanation).toContain('no drift');
  });

  it('finds drift when the class changes (ones and zeros -> sevens)', async () => {
    const reference = await readImageFolder(path.join(root, 'reference'));
    const candidate = await readImageFolder(path.join(root, 'sevens'));
    const result = imageDrift(reference, candidate);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.drift).toBe(true);
    expect(result.reconstruction.relativeIncreasePercent).toBeGreaterThan(10);
    expect(result.worst).toHaveLength(10);
    expect(result.worst[0].name).toMatch(/^seven-\d{4}\.png$/);
    expect(result.worst[0].error).toBeGreaterThanOrEqual(result.worst[9].error);
  });

  it('finds drift on strong noise', async () => {
    const reference = await readImageFolder(path.join(root, 'reference'));
    const candidate = await readImageFolder(path.join(root, 'noisy'));
    const result = imageDrift(reference, candidate);
    expect(result.drift).toBe(true);
  });

  it('shows brighter images in the brightness property', async () => {
    const reference = await readImageFolder(path.join(root, 'reference'));
    const candidate = await readImageFolder(path.join(root, 'brighter'));
    const result = imageDrift(reference, candidate);
    const { reference: ref, candidate: cand } = result.properties;
    expect(ref.rows).toBe(200);
    // issue 16: the properties every image shares are listed once, not compared as columns
    expect(ref.columns.map((c) => c.name)).toEqual(['brightness', 'contrast', 'dark_share', 'bright_share']);
    expect(result.constantProperties.map((c) => `${c.name}=${c.value}`)).toEqual([
      'width=28',
      'height=28',
      'aspect_ratio=1',
      'format=png',
      'size=28x28',
    ]);
    const brightness = (t: typeof ref) => {
      const column = t.columns[0];
      if (!('values' in column)) throw new Error('expected numeric');
      return column.values;
    };
    expect(ks2Samp(brightness(ref), brightness(cand)).pValue).toBeLessThan(1e-6);
    expect(describePropertyChange('brightness', ref, cand)).toMatch(/^images got brighter \(mean brightness/);
  });

  it('is deterministic', async () => {
    const reference = await readImageFolder(path.join(root, 'reference'));
    const candidate = await readImageFolder(path.join(root, 'noisy'));
    const strip = (r: ReturnType<typeof imageDrift>) => ({ ...r, properties: null });
    expect(strip(imageDrift(reference, candidate))).toEqual(strip(imageDrift(reference, candidate)));
  });

  it('skips with a reason when there are too few images', async () => {
    const few = path.join(root, 'few');
    writeShapes(few, ['one'], 12, 7);
    const set = await readImageFolder(few);
    const result = imageDrift(set, set);
    expect(result.status).toBe('skipped');
    expect(result.drift).toBe(false);
    if (result.status === 'skipped') expect(result.reason).toContain('reference images');
  });
});

describe('readImageFolder', () => {
  it('reports corrupt files by name and skips them, never crashing', async () => {
    const folder = path.join(root, 'with-corrupt');
    writeShapes(folder, ['one', 'zero'], 60, 8);
    writeFileSync(path.join(folder, 'garbage.png'), 'this is not an image');
    const good = readFileSync(path.join(folder, 'one-0000.png'));
    writeFileSync(path.join(folder, 'truncated.png'), good.subarray(0, 40));
    writeFileSync(path.join(folder, 'bad.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3]));
    writeFileSync(path.join(folder, 'notes.txt'), 'ignored');
    const set = await readImageFolder(folder);
    expect(set.images).toHaveLength(60);
    expect(set.errors.map((e) => e.name)).toEqual(['bad.jpg', 'garbage.png', 'truncated.png']);
    expect(set.ignoredFiles).toBe(1);
    const result = imageDrift(set, set);
    expect(result.candidate.unreadable).toBe(3);
    expect(result.explanation).toContain(
      '3 unreadable candidate images skipped (bad.jpg, garbage.png, truncated.png)',
    );
  });

  it('reads JPEG and nested folders, sorted by name, with properties of the original image', async () => {
    const folder = path.join(root, 'mixed');
    mkdirSync(path.join(folder, 'sub'), { recursive: true });
    writeShapes(path.join(folder, 'sub'), ['zero'], 2, 9);
    // a 40 x 20 JPEG: left half black, right half white
    const data = Buffer.alloc(40 * 20 * 4);
    for (let y = 0; y < 20; y++) {
      for (let x = 0; x < 40; x++) {
        const v = x < 20 ? 0 : 255;
        data.set([v, v, v, 255], (y * 40 + x) * 4);
      }
    }
    writeFileSync(path.join(folder, 'a.jpeg'), jpeg.encode({ width: 40, height: 20, data }, 95).data);
    const set = await readImageFolder(folder, { size: 8 });
    expect(set.images.map((i) => i.name)).toEqual(['a.jpeg', 'sub/zero-0000.png', 'sub/zero-0001.png']);
    const image = set.images[0];
    expect(image.format).toBe('jpeg');
    expect([image.width, image.height]).toEqual([40, 20]);
    expect(image.brightness).toBeCloseTo(0.5, 1);
    expect(image.contrast).toBeCloseTo(0.5, 1);
    expect(image.darkShare).toBeCloseTo(0.5, 1);
    expect(image.brightShare).toBeCloseTo(0.5, 1);
    expect(image.pixels).toHaveLength(64);
    expect(image.pixels[0]).toBeLessThan(0.05);
    expect(image.pixels[7]).toBeGreaterThan(0.95);
    expect(set.images[1].format).toBe('png');
  });

  it('names the path of a missing or empty folder', async () => {
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    await expect(readImageFolder(empty)).rejects.toThrow(UserInputError);
    await expect(readImageFolder(empty)).rejects.toThrow(empty);
    const missing = path.join(root, 'does-not-exist');
    await expect(readImageFolder(missing)).rejects.toThrow(missing);
  });
});

describe('resizeArea', () => {
  it('averages areas (4 x 4 -> 2 x 2) and handles fractional overlaps (3 -> 2)', () => {
    const image = Float32Array.from([0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0.5, 0.5]);
    expect(Array.from(resizeArea(image, 4, 4, 2))).toEqual([0, 1, 1, 0.25]);
    const row = Float32Array.from([0, 1, 0, 0, 1, 0, 0, 1, 0]);
    const out = resizeArea(row, 3, 3, 2);
    // output pixel 0 covers source 0 fully and half of source 1: (0 + 0.5) / 1.5
    expect(out[0]).toBeCloseTo(1 / 3, 6);
  });

  it('keeps a constant image constant', () => {
    const gray = new Float32Array(31 * 17).fill(0.25);
    for (const value of resizeArea(gray, 31, 17, 28)) expect(value).toBeCloseTo(0.25, 6);
  });
});

describe('synthetic shapes', () => {
  it('draws different shapes differently', () => {
    const one = drawShape('one', rng(1));
    const zero = drawShape('zero', rng(1));
    let diff = 0;
    for (let i = 0; i < one.length; i++) diff += Math.abs(one[i] - zero[i]);
    expect(diff).toBeGreaterThan(20);
  });
});
