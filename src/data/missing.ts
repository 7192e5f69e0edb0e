/**
 * The missing-value tokens of a scan (setting `missing-values`), matched on a cell's bytes. The
 * empty field is missing in every column; the other tokens (`NA`, `None`, ...) are missing only in
 * columns that are otherwise numbers or dates (and booleans, decided in infer.ts): in a text column
 * they are categories like any other (a damage level "None" is not a missing value).
 */
import { parseNumber } from './numbers.js';

/** The default `missing-values`: the empty field and the usual null-like tokens. */
export const DEFAULT_MISSING_VALUES: readonly string[] = [
  '',
  'NA',
  'N/A',
  'NaN',
  'nan',
  'null',
  'NULL',
  'None',
  '-',
  '?',
];

/** The missing-value tokens as bytes, with a first-byte filter so most cells are rejected at once. */
export class MissingTokens {
  readonly emptyIsMissing: boolean;
  readonly maxLength: number;
  readonly firstByte = new Uint8Array(256);
  /** The non-empty tokens as bytes, in the order given. */
  readonly tokens: Uint8Array[];
  /** The non-empty tokens as text. */
  readonly texts: ReadonlySet<string>;

  /** Whether some token reads as a number (then tokens are checked before numbers are parsed). */
  readonly numericToken: boolean;

  constructor(tokens: readonly string[]) {
    const encoder = new TextEncoder();
    this.numericToken = tokens.some((token) => {
      const bytes = encoder.encode(token);
      return !Number.isNaN(parseNumber(bytes, 0, bytes.length));
    });
    this.emptyIsMissing = tokens.includes('');
    const nonEmpty = [...new Set(tokens.filter((token) => token !== ''))];
    this.texts = new Set(nonEmpty);
    this.tokens = nonEmpty.map((token) => encoder.encode(token));
    this.maxLength = 0;
    for (const token of this.tokens) {
      this.maxLength = Math.max(this.maxLength, token.length);
      this.firstByte[token[0]] = 1;
    }
  }

  /** The index (into `tokens`) of the non-empty token equal to src[s, e), or -1. */
  indexOf(src: Uint8Array, s: number, e: number): number {
    const len = e - s;
    if (len === 0 || len > this.maxLength || this.firstByte[src[s]] === 0) return -1;
    for (let t = 0; t < this.tokens.length; t++) {
      const token = this.tokens[t];
      if (token.length !== len) continue;
      let k = 0;
      while (k < len && token[k] === src[s + k]) k++;
      if (k === len) return t;
    }
    return -1;
  }

  matches(src: Uint8Array, s: number, e: number): boolean {
    return this.indexOf(src, s, e) >= 0;
  }
}
