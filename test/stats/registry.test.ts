import { describe, expect, it } from 'vitest';
import { getStatTest, STAT_TEST_IDS, STAT_TESTS } from '../../src/stats/registry.js';
import { categoricalCases, categoricalInput, numericCases, numericInput } from './golden.js';

describe('registry', () => {
  it('keys match ids and descriptors are complete', () => {
    expect(STAT_TEST_IDS.length).toBe(17);
    for (const id of STAT_TEST_IDS) {
      const t = STAT_TESTS[id];
      expect(t.id).toBe(id);
      expect(getStatTest(id)).toBe(t);
      expect(t.title.length).toBeGreaterThan(0);
      expect(t.columnKinds.length).toBeGreaterThan(0);
      expect(t.defaultThreshold).toBe(t.scoreKind === 'p-value' ? 0.05 : 0.1);
    }
    expect(getStatTest('nope')).toBeUndefined();
    expect(getStatTest('toString')).toBeUndefined();
  });
  it('every test returns ok or skipped (never NaN, never throws) on every golden input', () => {
    for (const id of STAT_TEST_IDS) {
      const t = STAT_TESTS[id];
      const inputs = [...numericCases.map(numericInput), ...categoricalCases.map(categoricalInput)];
      inputs.push({ kind: 'numeric', reference: new Float64Array(0), candidate: new Float64Array(0) });
      inputs.push({ kind: 'numeric', reference: Float64Array.of(1), candidate: Float64Array.of(1) });
      inputs.push({ kind: 'categorical', levels: [], reference: [], candidate: [] });
      for (const input of inputs) {
        const res = t.run(input);
        if (res.status === 'skipped') {
          expect(res.reason.length).toBeGreaterThan(0);
          continue;
        }
        expect(Number.isNaN(res.statistic)).toBe(false);
        if (t.scoreKind === 'p-value') {
          expect(res.pValue).not.toBeNull();
          expect(res.pValue as number).toBeGreaterThanOrEqual(0);
          expect(res.pValue as number).toBeLessThanOrEqual(1);
        } else {
          expect(res.pValue).toBeNull();
        }
        if (input.kind === 'numeric') expect(t.columnKinds).toContain('numeric');
        else expect(t.columnKinds).toContain('categorical');
      }
    }
  });
});
