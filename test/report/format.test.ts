import { describe, expect, it } from 'vitest';
import {
  formatBinEdge,
  formatChange,
  formatChartValue,
  formatClassPValue,
  formatClassShare,
  formatCount,
  formatError,
  formatMeasure,
  formatMetric,
  formatNumber,
  formatPercent,
  formatPValue,
  formatRatio,
  formatRoundPercent,
  formatSetting,
  formatShare,
  formatSignedPercent,
  formatValue,
  plural,
} from '../../src/report/format.js';

// Values below come from the reports on examples/data: the strings are the
// ones the JSON report's explanations and reasons carry, so a change here is a change of contract.

describe('formatNumber (statistics, effect sizes)', () => {
  it('writes 3 significant digits as the column explanations do', () => {
    expect(formatNumber(0.08281)).toBe('0.0828'); // tvd in "tvd 0.0828 < 0.1"
    expect(formatNumber(0.69012)).toBe('0.69');
    expect(formatNumber(16.6123)).toBe('16.6');
    expect(formatNumber(28.004)).toBe('28');
    expect(formatNumber(1620.4)).toBe('1620'); // wasserstein of Weight_in_lbs in grams
    expect(formatNumber(2_500_000)).toBe('2500000');
  });
  it('switches to one decimal of exponent below 0.001, and bounds underflow', () => {
    expect(formatNumber(5.2e-4)).toBe('5.2e-4');
    expect(formatNumber(1e-5)).toBe('1.0e-5');
    expect(formatNumber(1.1e-23)).toBe('1.1e-23');
    expect(formatNumber(1e-320)).toBe('< 1e-300');
    expect(formatNumber(0)).toBe('0');
  });
  it('keeps the sign and marks what is not a number', () => {
    expect(formatNumber(-2.345)).toBe('-2.35');
    expect(formatNumber(-4e-4)).toBe('-4.0e-4');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('-∞');
  });
});

describe('formatPValue', () => {
  it('reads like formatNumber', () => {
    expect(formatPValue(0.02041)).toBe('0.0204'); // "adjusted p 0.0204 < 0.05"
    expect(formatPValue(8.4e-17)).toBe('8.4e-17');
    expect(formatPValue(0.9283)).toBe('0.928');
    expect(formatPValue(0.99999)).toBe('1');
    expect(formatPValue(1)).toBe('1');
    expect(formatPValue(0)).toBe('0');
    expect(formatPValue(undefined)).toBe('—');
  });
});

describe('percentages', () => {
  it('formatShare keeps one decimal (missing shares)', () => {
    expect(formatShare(2 / 203)).toBe('1.0%'); // "missing share changed from 1.0% to 32.6%"
    expect(formatShare(71 / 218)).toBe('32.6%');
    expect(formatShare(0)).toBe('0.0%');
    // 1 new category value in 21,024 (issue 11's example) must not read as 0.0%
    expect(formatShare(1 / 21024)).toBe('0.0048%');
    expect(formatShare(0.001)).toBe('0.1%');
    expect(formatShare(1)).toBe('100.0%');
    expect(formatShare(null)).toBe('—');
  });
  it('formatPercent drops trailing zeros (drift share, settings)', () => {
    expect(formatPercent(3 / 7)).toBe('42.9%'); // "3 of 7 compared columns drifted (42.9%)"
    expect(formatPercent(7 / 8)).toBe('87.5%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.0004)).toBe('0%');
    expect(formatPercent(null)).toBe('—');
  });
  it('formatRoundPercent and formatSignedPercent (reconstruction sentence)', () => {
    expect(formatRoundPercent(0.6612)).toBe('66%'); // "(66% of the variance)"
    expect(formatRoundPercent(0.1)).toBe('10%');
    expect(formatSignedPercent(177.7)).toBe('+177.7%');
    expect(formatSignedPercent(-29)).toBe('-29.0%');
    expect(formatSignedPercent(0)).toBe('+0.0%');
  });
  it('formatClassShare: 0% exactly, two significant digits below 0.1%', () => {
    expect(formatClassShare(0)).toBe('0%'); // "class 'EU' rose from 0% to 4.6%"
    expect(formatClassShare(10 / 218)).toBe('4.6%');
    expect(formatClassShare(0.0004)).toBe('0.04%');
    expect(formatClassShare(0.001)).toBe('0.1%');
  });
});

describe('the rare-class sentence', () => {
  it('formatClassPValue: 2 significant digits, exponent without a trailing .0', () => {
    expect(formatClassPValue(0.00741)).toBe('0.0074');
    expect(formatClassPValue(8.46e-8)).toBe('8.5e-8');
    expect(formatClassPValue(1e-9)).toBe('1e-9');
    expect(formatClassPValue(0)).toBe('0');
    expect(formatClassPValue(1e-310)).toBe('< 1e-300');
  });
  it('formatRatio: 2 significant digits', () => {
    expect(formatRatio(9.2 / 37.2)).toBe('0.25'); // "(x0.25, ...)"
    expect(formatRatio(30.3 / 13)).toBe('2.3');
    expect(formatRatio(2)).toBe('2');
  });
});

describe('measures, metrics and settings', () => {
  it('formatError keeps 3 digits with zeros, exponent outside [0.001, 1000)', () => {
    expect(formatError(1.9999)).toBe('2.00'); // "band up to 2.00"
    expect(formatError(1463.2)).toBe('1.46e+3');
    expect(formatError(0.0005)).toBe('5.00e-4');
    expect(formatError(0)).toBe('0');
  });
  it('formatMeasure and formatBinEdge', () => {
    expect(formatMeasure(0.28612)).toBe('0.286');
    expect(formatMeasure(28)).toBe('28.0');
    expect(formatBinEdge(1200)).toBe('1200');
    expect(formatBinEdge(0.125)).toBe('0.125');
    expect(formatBinEdge(9.2666)).toBe('9.27');
  });
  it('formatMetric and formatChange', () => {
    expect(formatMetric(0.85)).toBe('0.85');
    expect(formatMetric(0.71234)).toBe('0.712');
    expect(formatMetric(4.5e-5)).toBe('0.000045');
    expect(formatMetric(null)).toBe('—');
    expect(formatChange(-0.12)).toBe('−0.12');
    expect(formatChange(0.05)).toBe('+0.05');
    expect(formatChange(0)).toBe('±0');
    expect(formatChange(null)).toBe('—');
  });
  it('formatSetting writes a configured value as given', () => {
    expect(formatSetting(0.05)).toBe('0.05');
    expect(formatSetting(0.0001)).toBe('0.0001');
    expect(formatSetting(1)).toBe('1');
  });
  it('formatChartValue rounds to significant digits for mermaid', () => {
    expect(formatChartValue(0.34912)).toBe('0.3491');
    expect(formatChartValue(0.34912 * 1.1, 2)).toBe('0.38');
    expect(formatChartValue(Number.NaN)).toBe('0');
  });
});

describe('formatCount and plural', () => {
  it('groups thousands', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(218)).toBe('218');
    expect(formatCount(-1500)).toBe('-1,500');
    expect(plural(1, 'column')).toBe('1 column');
    expect(plural(12_000, 'row')).toBe('12,000 rows');
  });
});

describe('formatValue (data values in quality messages)', () => {
  it('keeps 4 significant digits, plain for ordinary magnitudes, exponent outside [1e-4, 1e15)', () => {
    expect(formatValue(3504)).toBe('3504'); // Weight_in_lbs minimum in examples/data/train.csv
    expect(formatValue(1589.2222)).toBe('1589');
    expect(formatValue(0.012345)).toBe('0.01235');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(1.2345e21)).toBe('1.234e+21'); // 1.2345e21 is stored just below ...45
    expect(formatValue(-0.00001234)).toBe('-1.234e-5');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});
