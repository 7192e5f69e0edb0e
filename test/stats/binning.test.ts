import { describe, expect, it } from 'vitest';
import {
  binByCuts,
  decileCuts,
  EMPTY_BIN_SHARE,
  histogramCounts,
  sharesWithFloor,
  sturgesCategorical,
  sturgesEdges,
} from '../../src/stats/binning.js';
import { numericCases, numericInput } from './golden.js';

describe('binning against numpy', () => {
  it.each(numericCases.map((c) => [c.name, c]))('%s: Sturges edges and counts', (_name, c) => {
    const input = numericInput(c);
    const edges = sturgesEdges(input.reference, input.candidate);
    const want: number[] = c.binned.sturges_edges;
    expect(edges.length).toBe(want.length);
    for (let i = 0; i < want.length; i++) expect(Math.abs(edges[i] - want[i])).toBeLessThanOrEqual(1e-12);
    expect(Array.from(histogramCounts(input.reference, edges))).toEqual(c.binned.sturges_reference_counts);
    expect(Array.from(histogramCounts(input.candidate, edges))).toEqual(c.binned.sturges_candidate_counts);
    const cat = sturgesCategorical(input);
    expect(cat.reference).toEqual(c.binned.sturges_reference_counts);
    expect(cat.levels.length).toBe(want.length - 1);
  });
  it.each(numericCases.map((c) => [c.name, c]))('%s: reference deciles', (_name, c) => {
    const input = numericInput(c);
    const cuts = decileCuts(input.reference);
    const want = c.binned.psi_reference_deciles;
    expect(Array.from(cuts)).toEqual(want.cut_points);
    expect(Array.from(binByCuts(input.reference, cuts))).toEqual(want.reference_counts);
    expect(Array.from(binByCuts(input.candidate, cuts))).toEqual(want.candidate_counts);
  });
  it('floors empty shares without renormalising', () => {
    expect(Array.from(sharesWithFloor([0, 1, 3]))).toEqual([EMPTY_BIN_SHARE, 0.25, 0.75]);
    expect(Array.from(sharesWithFloor([0, 2], 0.5))).toEqual([0.5, 1]);
  });
  it('widens a constant sample', () => {
    expect(Array.from(sturgesEdges(Float64Array.of(2, 2), Float64Array.of(2)))).toEqual([1.5, 2.5]);
  });
});
