/** The missing-value tokens of a scan (setting `missing-values`), matched on a cell's bytes. */
import { parseNumber } from './numbers.js';

/** The missing-value tokens as bytes, with a first-byte filter so most cells are rejected at once. */
export class MissingTokens {
  readonly emptyIsMissing: boolean;
  readonly maxLength: number;
  readonly firstByte = new Uint8Array(256);
  private readonly tokens: Uint8Array[];

  /** Whether some token reads as a number (then tokens are checked before numbers are parsed). */
  readonly numericToken: boolean;

  constructor(tokens: readonly string[]) {
    const encoder = new TextEncoder();
    this.numericToken = tokens.some((token) => {
      const bytes = encoder.encode(token);
      return !Number.isNaN(parseNumber(bytes, 0, bytes.length));
    });
    this.emptyIsMissing = tokens.includes('');
    this.tokens = tokens.filter((token) => token !== '').map((token) => encoder.encode(token));
    this.maxLength = 0;
    for (const token of this.tokens) {
      this.maxLength = Math.max(this.maxLength, token.length);
      this.firstByte[token[0]] = 1;
    }
  }

  matches(src: Uint8Array, s: number, e: number): boolean {
    const len = e - s;
    for (const token of this.tokens) {
      if (token.length !== len) continue;
      let k = 0;
      while (k < len && token[k] === src[s + k]) k++;
      if (k === len) return true;
    }
    return false;
  }
}
