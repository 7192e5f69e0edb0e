import { describe, expect, it } from 'vitest';
import { sketch, sketchPair, sketchText } from '../../src/report/sketch.js';

describe('sketch', () => {
  it('draws a known distribution exactly, both sides on one scale', () => {
    const distribution = {
      labels: ['0', '10', '20', '30', '40'],
      reference: [0.1, 0.2, 0.4, 0.2, 0.1],
      candidate: [0.05, 0.1, 0.25, 0.35, 0.25],
    };
    expect(sketchText(distribution)).toBe('▂▄█▄▂ → ▁▂▅▇▅');
  });

  it('scales to the shared maximum, so a flatter side stays lower', () => {
    const pair = sketchPair({ labels: ['a', 'b'], reference: [1, 0], candidate: [0.5, 0.5] });
    expect(pair).toEqual({ reference: '█·', candidate: '▄▄' });
  });

  it('draws empty bins as a dot and any positive share at least as the lowest block', () => {
    expect(sketch([0, 0.001, 1], 1)).toBe('·▁█');
  });

  it('merges bins beyond the width and handles missing data', () => {
    const wide = { labels: [], reference: Array(48).fill(1 / 48), candidate: Array(48).fill(1 / 48) };
    expect(sketchPair(wide)?.reference).toBe('█'.repeat(24));
    expect(sketchText(null)).toBeNull();
    expect(sketchText({ labels: [], reference: [], candidate: [] })).toBeNull();
    expect(sketchText({ labels: ['a'], reference: [0], candidate: [0] })).toBe('· → ·');
  });
});
