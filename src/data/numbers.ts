/**
 * Numbers read straight from the bytes of a cell, without making a string: the one number parser
 * of the data layer (NumberReader; the CSV scanner and the column builders both use it).
 */

/** Exact powers of ten 1e0..1e22. */
const POW10 = new Float64Array(23);
for (let i = 0; i < 23; i++) POW10[i] = Number(`1e${i}`);

/** Whether byte `b` is an ASCII digit. */
export function isDigit(b: number): boolean {
  return b >= 48 && b <= 57;
}

function asciiText(src: Uint8Array, s: number, e: number): string {
  let text = '';
  for (let i = s; i < e; i++) text += String.fromCharCode(src[i]);
  return text;
}

/**
 * Reads a decimal number ([+-] digits [. digits] [e [+-] digits]) from the bytes, without making a
 * string; `end` is where the last read stopped. The value equals Number(text) exactly: the fast
 * path multiplies or divides an exact integer mantissa (at most 15 significant digits) by an exact
 * power of ten, one correctly rounded operation; longer mantissas or large exponents go through
 * Number(). One pass: the CSV scanner reads a cell's number and finds the cell's end together.
 */
export class NumberReader {
  /** The offset just past the last number read (where reading stopped). */
  end = 0;

  /**
   * The number that starts at src[s] and ends before `e` or at the first byte that cannot continue
   * it (then `end` is that byte's offset), or NaN when no number starts there (no digit, or an
   * exponent marker without digits).
   */
  read(src: Uint8Array, s: number, e: number): number {
    // Plain decimals of at most 15 digits (most cells) in one tight loop; the rest in readAny.
    let i = s;
    let c = i < e ? src[i] : 0;
    const negative = c === 45;
    if (negative || c === 43) i++;
    let mantissa = 0;
    let digits = 0;
    let scale = 0;
    while (i < e) {
      c = src[i] - 48;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      digits++;
      i++;
    }
    if (i < e && src[i] === 46) {
      i++;
      while (i < e) {
        c = src[i] - 48;
        if (c < 0 || c > 9) break;
        mantissa = mantissa * 10 + c;
        digits++;
        scale++;
        i++;
      }
    }
    if (digits === 0 || digits > 15 || (i < e && (src[i] === 101 || src[i] === 69)))
      return this.readAny(src, s, e);
    this.end = i;
    const value = scale === 0 ? mantissa : mantissa / POW10[scale];
    return negative ? -value : value;
  }

  /** `read` for what the tight loop leaves: more than 15 digits, an exponent, or no digit at all. */
  private readAny(src: Uint8Array, s: number, e: number): number {
    let i = s;
    let negative = false;
    let b = i < e ? src[i] : 0;
    if (b === 45 || b === 43) {
      negative = b === 45;
      i++;
    }
    let mantissa = 0;
    let significant = 0;
    let digits = 0;
    let scale = 0;
    let slow = false;
    while (i < e) {
      b = src[i];
      if (!isDigit(b)) break;
      digits++;
      if (significant > 0 || b !== 48) {
        if (significant < 15) {
          mantissa = mantissa * 10 + (b - 48);
          significant++;
        } else {
          slow = true;
        }
      }
      i++;
    }
    if (i < e && src[i] === 46) {
      i++;
      while (i < e) {
        b = src[i];
        if (!isDigit(b)) break;
        digits++;
        if (significant > 0 || b !== 48) {
          if (significant < 15) {
            mantissa = mantissa * 10 + (b - 48);
            significant++;
            scale--;
          } else {
            slow = true;
          }
        } else {
          scale--;
        }
        i++;
      }
    }
    this.end = i;
    if (digits === 0) return NaN;
    if (i < e && (src[i] === 101 || src[i] === 69)) {
      i++;
      let expNegative = false;
      if (i < e && (src[i] === 45 || src[i] === 43)) {
        expNegative = src[i] === 45;
        i++;
      }
      let exponent = 0;
      const start = i;
      while (i < e && isDigit(src[i])) {
        if (exponent < 100_000) exponent = exponent * 10 + (src[i] - 48);
        i++;
      }
      this.end = i;
      if (i === start) return NaN;
      scale += expNegative ? -exponent : exponent;
    }
    if (!slow) {
      if (mantissa === 0) return negative ? -0 : 0;
      let value: number;
      if (scale === 0) value = mantissa;
      else if (scale > 0 && scale <= 22) value = mantissa * POW10[scale];
      else if (scale < 0 && scale >= -22) value = mantissa / POW10[-scale];
      else return Number(asciiText(src, s, i));
      return negative ? -value : value;
    }
    return Number(asciiText(src, s, i));
  }
}

const reader = new NumberReader();

/**
 * The number in src[s, e) (surrounding spaces allowed), or NaN when the text is not a decimal
 * number ([+-] digits [. digits] [e [+-] digits]); equals Number(text) exactly (see NumberReader).
 */
export function parseNumber(src: Uint8Array, s: number, e: number): number {
  while (s < e && src[s] === 32) s++;
  while (e > s && src[e - 1] === 32) e--;
  if (s === e) return NaN;
  const value = reader.read(src, s, e);
  return reader.end === e ? value : NaN;
}

/** Non-finite number tokens (case-insensitive): inf, infinity (signed) and nan. */
export function nonFiniteToken(src: Uint8Array, s: number, e: number): number | undefined {
  let i = s;
  let sign = 1;
  if (i < e && (src[i] === 43 || src[i] === 45)) {
    if (src[i] === 45) sign = -1;
    i++;
  }
  const len = e - i;
  if (len !== 3 && len !== 8) return undefined;
  let word = '';
  for (let k = i; k < e; k++) word += String.fromCharCode(src[k] | 0x20);
  if (word === 'inf' || word === 'infinity') return sign * Infinity;
  if (word === 'nan') return NaN;
  return undefined;
}
