/**
 * The image check's skip sentence and the unreadable images' sentence, worded once in
 * report/image-wording.ts (images/drift.ts used to build them itself).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageCheckSkippedText, unreadableImagesText } from '../../src/report/image-wording.js';

describe('image wording', () => {
  it('words a skipped image check with the unreadable images after it', () => {
    const unreadable = unreadableImagesText([
      { side: 'reference', count: 5, names: ['a.png', 'b.png', 'c.png'] },
      { side: 'candidate', count: 1, names: ['d.jpg'] },
    ]);
    expect(unreadable).toBe(
      ' 5 unreadable reference images skipped (a.png, b.png, c.png, and 2 more); 1 unreadable candidate image skipped (d.jpg).',
    );
    expect(imageCheckSkippedText('it needs at least 20 readable reference images, found 3', unreadable)).toBe(
      `Image reconstruction check skipped: it needs at least 20 readable reference images, found 3.${unreadable}`,
    );
    expect(
      unreadableImagesText([
        { side: 'reference', count: 0, names: [] },
        { side: 'candidate', count: 0, names: [] },
      ]),
    ).toBe('');
  });

  it('is the only place in src/ that writes these sentences', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (file.endsWith('.ts')) files.push(file);
      }
    };
    walk('src');
    const writers = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return text.includes('check skipped: ${') || text.includes('unreadable ${');
    });
    expect(writers.map((file) => file.split(path.sep).join('/')).sort()).toEqual([
      'src/report/image-wording.ts',
      'src/report/wording.ts',
    ]);
  });
});
