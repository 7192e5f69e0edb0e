/** Number formatting for reading (summary and terminal). Pure, locale-independent. */

const DASH = '—';

/** Drops trailing zeros of a decimal ("0.2140" -> "0.214", "1.0" -> "1"), keeping exponents. */
function trimZeros(text: string): string {
  const [mantissa, exponent] = text.split('e');
  let m = mantissa;
  if (m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
  if (exponent === undefined) return m;
  return `${m}e${exponent.replace(/^\+/, '')}`;
}

/**
 * A p-value for reading: `< 1e-300` for 0 or underflow, `3.2e-8` below 0.001, else two significant
 * digits (`0.043`, `0.5`, `1`). null -> `—`.
 */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return DASH;
  if (p < 1e-300) return '< 1e-300';
  if (p < 0.001) return trimZeros(p.toExponential(1));
  if (p >= 1) return '1';
  return trimZeros(p.toPrecision(2));
}

/**
 * A statistic or effect size with `digits` significant digits (default 3): `0.214`, `12.3`, `1234`,
 * `1.23e6`, `4.5e-5`. Integers below a million print whole. null -> `—`.
 */
export function formatNumber(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined || Number.isNaN(x)) return DASH;
  if (x === Number.POSITIVE_INFINITY) return '∞';
  if (x === Number.NEGATIVE_INFINITY) return '-∞';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-4) return trimZeros(x.toExponential(digits - 1));
  if (abs >= 10 ** digits) return String(Math.round(x));
  return trimZeros(x.toPrecision(digits));
}

/** A share (0..1) as a percentage: `33%`, `0.4%`, `<0.1%`, `0%`, `100%`. */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return DASH;
  if (share === 0) return '0%';
  const pct = share * 100;
  if (Math.abs(pct) < 0.1) return '<0.1%';
  if (Math.abs(pct) < 10 && Math.round(pct) !== pct) return `${trimZeros(pct.toFixed(1))}%`;
  if (pct > 99 && pct < 100) return `${trimZeros(pct.toFixed(1))}%`;
  return `${Math.round(pct)}%`;
}

/** An integer with thousands separators: `1,234,567`. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1 column` / `3 columns`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
