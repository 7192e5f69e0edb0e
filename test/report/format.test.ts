import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatPercent, formatPValue } from '../../src/report/format.js';

describe('formatPValue', () => {
  it('formats for reading', () => {
    expect(formatPValue(0)).toBe('< 1e-300');
    expect(formatPValue(1e-320)).toBe('< 1e-300');
    expect(formatPValue(3.2e-8)).toBe('3.2e-8');
    expect(formatPValue(0.0004)).toBe('4e-4');
    expect(formatPValue(0.04321)).toBe('0.043');
    expect(formatPValue(0.003)).toBe('0.003');
    expect(formatPValue(0.5)).toBe('0.5');
    expect(formatPValue(0.9999)).toBe('1');
    expect(formatPValue(1)).toBe('1');
    expect(formatPValue(null)).toBe('—');
    expect(formatPValue(Number.NaN)).toBe('—');
  });
});

describe('formatNumber', () => {
  it('uses 3 significant digits', () => {
    expect(formatNumber(0.21345)).toBe('0.213');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(412.7)).toBe('413');
    expect(formatNumber(1234.5)).toBe('1235');
    expect(formatNumber(2_500_000)).toBe('2.5e6');
    expect(formatNumber(0.00001234)).toBe('1.23e-5');
    expect(formatNumber(0.1)).toBe('0.1');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0.5)).toBe('-0.5');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
  });
});

describe('formatPercent and formatCount', () => {
  it('formats shares and counts', () => {
    expect(formatPercent(1 / 3)).toBe('33%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(0.004)).toBe('0.4%');
    expect(formatPercent(0.0001)).toBe('<0.1%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.999)).toBe('99.9%');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(12)).toBe('12');
  });
});
