import { describe, expect, it } from 'vitest';
import { folderLabels } from '../../src/images/drift.js';
import { imagePropertyTables } from '../../src/images/properties.js';
import type { ImageRecord, ImageSet } from '../../src/images/read.js';
import { constantPropertiesText, imageCheckConclusion } from '../../src/report/image-wording.js';
import type { ImageLens } from '../../src/report/model.js';

function record(name: string, brightness: number, width = 28): ImageRecord {
  return {
    name,
    width,
    height: 28,
    format: 'png',
    brightness,
    contrast: 0.1,
    darkShare: 0.5,
    brightShare: 0,
    pixels: new Float32Array(4),
  };
}

function set(images: ImageRecord[]): ImageSet {
  return { source: 'folder', size: 2, images, errors: [], ignoredFiles: 0 };
}

describe('imagePropertyTables', () => {
  it('leaves out the properties no image varies in and lists them once', () => {
    const tables = imagePropertyTables(
      set([record('a.png', 0.2), record('b.png', 0.3)]),
      set([record('c.png', 0.4), record('d.png', 0.5)]),
    );
    expect(tables.reference.columns.map((c) => c.name)).toEqual(['brightness']);
    expect(tables.candidate.columns.map((c) => c.name)).toEqual(['brightness']);
    expect(tables.constant).toEqual([
      { name: 'contrast', value: '0.1' },
      { name: 'dark_share', value: '0.5' },
      { name: 'bright_share', value: '0' },
      { name: 'width', value: '28' },
      { name: 'height', value: '28' },
      { name: 'aspect_ratio', value: '1' },
      { name: 'format', value: 'png' },
      { name: 'size', value: '28x28' },
    ]);
    expect(constantPropertiesText(tables.constant)).toBe(
      'All images 28 x 28, PNG, contrast 0.1, dark share 0.5, bright share 0 (the same on both sides: not compared as columns).',
    );
  });

  it('keeps a property that is constant on each side but differs between them (it drifted)', () => {
    const tables = imagePropertyTables(set([record('a.png', 0.2, 28)]), set([record('b.png', 0.2, 32)]));
    expect(tables.reference.columns.map((c) => c.name)).toEqual(['width', 'aspect_ratio', 'size']);
    expect(constantPropertiesText(tables.constant)).toBe(
      'All images height 28, PNG, brightness 0.2, contrast 0.1, dark share 0.5, bright share 0 (the same on both sides: not compared as columns).',
    );
  });
});

describe('folderLabels', () => {
  it('reads the first sub-folder as the class when both sides share at least two', () => {
    const labels = folderLabels(
      set([record('cat/1.png', 0), record('dog/2.png', 0), record('dog/x/3.png', 0)]),
      set([record('cat/4.png', 0), record('dog/5.png', 0)]),
    );
    expect(labels).toEqual({ reference: ['cat', 'dog', 'dog'], candidate: ['cat', 'dog'] });
  });

  it('gives no labels for flat folders, a single shared sub-folder, or disjoint ones (dates)', () => {
    expect(folderLabels(set([record('1.png', 0)]), set([record('cat/2.png', 0)]))).toBeNull();
    expect(
      folderLabels(set([record('cat/1.png', 0), record('dog/1.png', 0)]), set([record('cat/2.png', 0)])),
    ).toBeNull();
    expect(
      folderLabels(
        set([record('2024-01/1.png', 0), record('2024-02/1.png', 0)]),
        set([record('2024-03/1.png', 0), record('2024-04/1.png', 0)]),
      ),
    ).toBeNull();
  });
});

function lens(fields: Partial<ImageLens> & Pick<ImageLens, 'id'>): ImageLens {
  return {
    status: 'ok',
    tests: 1,
    pValue: 0.5,
    adjustedPValue: 1,
    fired: false,
    strongest: null,
    statistic: null,
    referenceValue: null,
    candidateValue: null,
    reason: null,
    ...fields,
  };
}

describe('imageCheckConclusion', () => {
  it('names the lenses that fired, with the class that moved', () => {
    const text = imageCheckConclusion({
      lenses: [
        lens({ id: 'reconstruction' }),
        lens({
          id: 'class-shares',
          tests: 10,
          pValue: 2e-5,
          adjustedPValue: 4e-5,
          fired: true,
          strongest: 'T-shirt',
          referenceValue: 0.1,
          candidateValue: 0,
        }),
        lens({ id: 'pca', status: 'skipped', pValue: null, adjustedPValue: null, reason: 'x' }),
      ],
      alpha: 0.01,
      candidateImages: 100,
      detectableIncrease: 0.12,
      detectableBeyond: 14,
    });
    expect(text).toBe(
      "Image drift seen by 1 of 2 lenses (Holm-corrected, false-alarm rate 1%): class shares (adjusted p 4.0e-5, class 'T-shirt' 10.0% -> 0%).",
    );
  });

  it('says how large a change could have been seen when nothing fired', () => {
    const text = imageCheckConclusion({
      lenses: [lens({ id: 'reconstruction' }), lens({ id: 'exceedance' })],
      alpha: 0.01,
      candidateImages: 10,
      detectableIncrease: 0.457,
      detectableBeyond: 4,
    });
    expect(text).toBe(
      'None of the 2 image lenses fired (Holm-corrected, false-alarm rate 1%). With 10 candidate images, the reconstruction lenses could only have seen a mean reconstruction-error increase of +45.7% or more, or 4 or more of them reconstructed worse than 95% of the reference: no drift found is not proof of no change.',
    );
  });
});
