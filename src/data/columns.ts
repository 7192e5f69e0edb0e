/**
 * Per-column accumulation while a CSV is scanned: every cell arrives as a byte range and is
 * classified without creating a string (numbers parsed straight from the bytes, text
 * dictionary-coded by hashing its bytes; a string is decoded only for a new level). What is kept
 * (RawColumn) is enough to decide the column type from both sides later without the raw text.
 */
import { asShared, sharedCopy, sharedFloat64, sharedInt32 } from './shared.js';
import type { ColumnType } from './table.js';

/** Numbers so far (or nothing but missing values): values hold the parse, no dictionary. */
const MODE_NUMBER = 0;
/** ISO dates so far: values hold epoch ms, the dictionary is kept while it is small. */
const MODE_DATE = 1;
/** Text: dictionary codes only. */
const MODE_TEXT = 2;
/** Configured numeric: anything that is not a finite number is coerced to missing. */
const MODE_FORCED_NUMBER = 3;
/** Configured datetime: anything that is not an ISO date is coerced to missing. */
const MODE_FORCED_DATE = 4;
/** Configured identifier: only missing values are counted. */
const MODE_SKIP = 5;

/** Distinct levels kept per column; past this a text column is identifier-like (memory bound). */
export const MAX_DICTIONARY_LEVELS = 100_000;
/** Coerced cells remembered per column (and per table); the total is always counted. */
export const MAX_COERCED_RECORDED = 100;

/** What the scan of one column produced; typed arrays are transferable between threads. */
export interface RawColumn {
  readonly name: string;
  /** The configured type, when there is one. */
  readonly forced: ColumnType | null;
  /** How the cells read: numbers, ISO dates, text, or not kept (configured identifier). */
  readonly kind: 'number' | 'date' | 'text' | 'skip';
  /** Numbers (kind number; +-Infinity for non-finite tokens, NaN missing) or epoch ms (kind date). */
  readonly values: Float64Array | null;
  /** Dictionary codes (-1 missing) when kept. */
  readonly codes: Int32Array | null;
  readonly levels: string[] | null;
  /** More than MAX_DICTIONARY_LEVELS distinct values were seen (codes/levels dropped). */
  readonly overflow: boolean;
  /** Cells equal to a missing-value token. */
  readonly missing: number;
  /** Kind number: whether every finite value is an integer. */
  readonly allInteger: boolean;
  /** Cells coerced to missing (non-finite tokens, or unparseable under a configured type). */
  readonly coercedCount: number;
  /** The first MAX_COERCED_RECORDED of them: row index (0-based) and text. */
  readonly coerced: { row: number; text: string }[];
  /** Kind number or date: the finite values sorted ascending, made in the parsing thread (see read.ts). */
  readonly sortedPresent?: Float64Array;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** Exact powers of ten 1e0..1e22. */
export const POW10 = new Float64Array(23);
for (let i = 0; i < 23; i++) POW10[i] = Number(`1e${i}`);

const decoder = new TextDecoder('utf-8');

function isDigit(b: number): boolean {
  return b >= 48 && b <= 57;
}

function asciiText(src: Uint8Array, s: number, e: number): string {
  let text = '';
  for (let i = s; i < e; i++) text += String.fromCharCode(src[i]);
  return text;
}

/**
 * The number in src[s, e) (surrounding spaces allowed), or NaN when the text is not a decimal
 * number ([+-] digits [. digits] [e [+-] digits]). The result equals Number(text) exactly: the
 * fast path multiplies or divides an exact integer mantissa by an exact power of ten (one
 * correctly rounded operation); longer mantissas or large exponents go through Number().
 */
export function parseNumber(src: Uint8Array, s: number, e: number): number {
  while (s < e && src[s] === 32) s++;
  while (e > s && src[e - 1] === 32) e--;
  if (s === e) return NaN;
  let i = s;
  let negative = false;
  let b = src[i];
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
    if (i === start) return NaN;
    scale += expNegative ? -exponent : exponent;
  }
  if (i !== e) return NaN;
  if (!slow) {
    if (mantissa === 0) return negative ? -0 : 0;
    let value: number;
    if (scale === 0) value = mantissa;
    else if (scale > 0 && scale <= 22) value = mantissa * POW10[scale];
    else if (scale < 0 && scale >= -22) value = mantissa / POW10[-scale];
    else return Number(asciiText(src, s, e));
    return negative ? -value : value;
  }
  return Number(asciiText(src, s, e));
}

/** Non-finite number tokens (case-insensitive): inf, infinity (signed) and nan. */
function nonFiniteToken(src: Uint8Array, s: number, e: number): number | undefined {
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

function twoDigits(src: Uint8Array, i: number): number {
  const a = src[i] - 48;
  const b = src[i + 1] - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Epoch milliseconds of an ISO 8601 date or date-time in src[s, e), or NaN. Accepted:
 * YYYY-MM-DD, then optionally T or space, HH:MM[:SS[.fff...]], then optionally Z or +-HH[:]MM.
 * A date-time without a zone is read as UTC.
 */
export function parseIsoDate(src: Uint8Array, s: number, e: number): number {
  const len = e - s;
  if (len < 10 || src[s + 4] !== 45 || src[s + 7] !== 45) return NaN;
  const y1 = twoDigits(src, s);
  const y2 = twoDigits(src, s + 2);
  const month = twoDigits(src, s + 5);
  const day = twoDigits(src, s + 8);
  if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1) return NaN;
  const year = y1 * 100 + y2;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return NaN;
  let ms = Date.UTC(year, month - 1, day);
  if (year < 100) ms = new Date(ms).setUTCFullYear(year);
  let i = s + 10;
  if (i === e) return ms;
  const sep = src[i];
  if (sep !== 84 && sep !== 32 && sep !== 116) return NaN;
  i++;
  if (e - i < 5 || src[i + 2] !== 58) return NaN;
  const hour = twoDigits(src, i);
  const minute = twoDigits(src, i + 3);
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59) return NaN;
  ms += hour * 3_600_000 + minute * 60_000;
  i += 5;
  if (i < e && src[i] === 58) {
    if (e - i < 3) return NaN;
    const second = twoDigits(src, i + 1);
    if (second < 0 || second > 60) return NaN;
    ms += second * 1000;
    i += 3;
    if (i < e && (src[i] === 46 || src[i] === 44)) {
      i++;
      const start = i;
      let fraction = 0;
      let weight = 100;
      while (i < e && isDigit(src[i])) {
        fraction += (src[i] - 48) * weight;
        weight /= 10;
        i++;
      }
      if (i === start) return NaN;
      ms += Math.round(fraction * 1000) / 1000;
    }
  }
  if (i === e) return ms;
  const zone = src[i];
  if ((zone === 90 || zone === 122) && i + 1 === e) return ms;
  if (zone !== 43 && zone !== 45) return NaN;
  i++;
  const zh = twoDigits(src, i);
  if (zh < 0 || e - i < 2) return NaN;
  i += 2;
  if (i < e && src[i] === 58) i++;
  let zm = 0;
  if (i < e) {
    if (e - i !== 2) return NaN;
    zm = twoDigits(src, i);
    if (zm < 0 || zm > 59) return NaN;
  }
  const offset = (zh * 60 + zm) * 60_000;
  return zone === 43 ? ms - offset : ms + offset;
}

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

/** Accumulates one column during the scan. One class for every column keeps the calls monomorphic. */
export class ColumnBuilder {
  readonly name: string;
  readonly forced: ColumnType | null;
  private mode: number;
  /** The scanner may parse plain decimals itself and call putNumber (numbers mode, no numeric missing token). */
  fastNumbers = false;
  /** The scanner may hash unquoted cells itself and call putText (text mode with a live dictionary). */
  fastText = false;
  private capacity: number;
  private values: Float64Array | null = null;
  private codes: Int32Array | null = null;
  private missing = 0;
  private numbers = 0;
  private allInteger = true;
  private overflow = false;
  private coercedCount = 0;
  private readonly coerced: { row: number; text: string }[] = [];
  private readonly tokens: MissingTokens;

  // Dictionary: open addressing over level indexes + 1, level bytes kept in an arena.
  private levels: string[] = [];
  private slots = new Int32Array(16);
  private levelHash = new Int32Array(16);
  private levelStart = new Int32Array(16);
  private levelLength = new Int32Array(16);
  private arena = new Uint8Array(256);
  private arenaLength = 0;

  constructor(name: string, forced: ColumnType | null, tokens: MissingTokens, capacity: number) {
    this.name = name;
    this.forced = forced;
    this.tokens = tokens;
    this.capacity = capacity;
    switch (forced) {
      case 'numeric':
        this.mode = MODE_FORCED_NUMBER;
        this.values = sharedFloat64(capacity);
        break;
      case 'datetime':
        this.mode = MODE_FORCED_DATE;
        this.values = sharedFloat64(capacity);
        break;
      case 'categorical':
      case 'boolean':
        this.mode = MODE_TEXT;
        this.codes = sharedInt32(capacity);
        break;
      case 'identifier':
      case 'empty':
        this.mode = MODE_SKIP;
        break;
      default:
        this.mode = MODE_NUMBER;
        this.values = sharedFloat64(capacity);
    }
    this.refreshFast();
  }

  private refreshFast(): void {
    this.fastNumbers =
      (this.mode === MODE_NUMBER || this.mode === MODE_FORCED_NUMBER) && !this.tokens.numericToken;
    this.fastText = this.mode === MODE_TEXT && this.codes !== null && !this.overflow;
  }

  /** A finite number the scanner parsed (fastNumbers only). */
  putNumber(value: number, row: number): void {
    (this.values as Float64Array)[row] = value;
    this.numbers++;
    if (this.allInteger && Math.floor(value) !== value) this.allInteger = false;
  }

  /** An unquoted cell with its FNV-1a hash computed by the scanner (fastText only). */
  putText(src: Uint8Array, s: number, e: number, hash: number, row: number): void {
    const len = e - s;
    const tokens = this.tokens;
    if (
      len === 0
        ? tokens.emptyIsMissing
        : len <= tokens.maxLength && tokens.firstByte[src[s]] === 1 && tokens.matches(src, s, e)
    ) {
      this.missing++;
      (this.codes as Int32Array)[row] = -1;
      return;
    }
    const code = this.codeWithHash(src, s, e, hash);
    if (this.codes !== null) this.codes[row] = code;
  }

  /** Makes room for `capacity` rows (called by the scanner when the row count reaches it). */
  grow(capacity: number): void {
    if (capacity <= this.capacity) return;
    if (this.values !== null) {
      const next = sharedFloat64(capacity);
      next.set(this.values);
      this.values = next;
    }
    if (this.codes !== null) {
      const next = sharedInt32(capacity);
      next.set(this.codes);
      this.codes = next;
    }
    this.capacity = capacity;
  }

  /** One cell: src[s, e) is the field's text (quotes already removed and unescaped). */
  cell(src: Uint8Array, s: number, e: number, row: number): void {
    const len = e - s;
    const tokens = this.tokens;
    if (this.mode === MODE_NUMBER && len > 0 && !tokens.numericToken) {
      // Numbers first: no missing token reads as a number, and most cells here are numbers.
      const value = parseNumber(src, s, e);
      if (!Number.isNaN(value) && value !== Infinity && value !== -Infinity) {
        (this.values as Float64Array)[row] = value;
        this.numbers++;
        if (this.allInteger && Math.floor(value) !== value) this.allInteger = false;
        return;
      }
    }
    if (
      len === 0
        ? tokens.emptyIsMissing
        : len <= tokens.maxLength && tokens.firstByte[src[s]] === 1 && tokens.matches(src, s, e)
    ) {
      this.missing++;
      if (this.values !== null) this.values[row] = NaN;
      if (this.codes !== null) this.codes[row] = -1;
      return;
    }
    const mode = this.mode;
    if (mode === MODE_NUMBER) {
      const value = parseNumber(src, s, e);
      if (!Number.isNaN(value)) {
        (this.values as Float64Array)[row] = value;
        if (value === Infinity || value === -Infinity) this.coerce(src, s, e, row);
        else {
          this.numbers++;
          if (this.allInteger && Math.floor(value) !== value) this.allInteger = false;
        }
        return;
      }
      const special = nonFiniteToken(src, s, e);
      if (special !== undefined) {
        (this.values as Float64Array)[row] = special;
        this.coerce(src, s, e, row);
        return;
      }
      this.leaveNumbers(src, s, e, row);
    } else if (mode === MODE_TEXT) {
      if (this.codes !== null) this.codes[row] = this.code(src, s, e);
    } else if (mode === MODE_DATE) {
      const time = parseIsoDate(src, s, e);
      if (!Number.isNaN(time)) {
        (this.values as Float64Array)[row] = time;
        if (this.codes !== null) this.codes[row] = this.code(src, s, e);
      } else {
        this.toText(row, 'date');
        if (this.codes !== null) this.codes[row] = this.code(src, s, e);
      }
    } else if (mode === MODE_FORCED_NUMBER) {
      const value = parseNumber(src, s, e);
      if (!Number.isNaN(value) && value !== Infinity && value !== -Infinity) {
        (this.values as Float64Array)[row] = value;
        this.numbers++;
      } else {
        (this.values as Float64Array)[row] = NaN;
        this.coerce(src, s, e, row);
      }
    } else if (mode === MODE_FORCED_DATE) {
      const time = parseIsoDate(src, s, e);
      (this.values as Float64Array)[row] = time;
      if (Number.isNaN(time)) this.coerce(src, s, e, row);
    }
  }

  private coerce(src: Uint8Array, s: number, e: number, row: number): void {
    this.coercedCount++;
    if (this.coerced.length < MAX_COERCED_RECORDED) {
      this.coerced.push({ row, text: decoder.decode(src.subarray(s, e)) });
    }
  }

  /** The first cell that is not a number in a column of numbers (or of nothing yet). */
  private leaveNumbers(src: Uint8Array, s: number, e: number, row: number): void {
    if (this.numbers === 0 && this.coercedCount === 0) {
      // Only missing values so far: start as dates or as text.
      const time = parseIsoDate(src, s, e);
      this.codes = sharedInt32(this.capacity);
      this.codes.fill(-1, 0, row);
      if (!Number.isNaN(time)) {
        this.mode = MODE_DATE;
        (this.values as Float64Array)[row] = time;
      } else {
        this.mode = MODE_TEXT;
        this.values = null;
      }
      this.codes[row] = this.code(src, s, e);
      this.refreshFast();
      return;
    }
    this.toText(row, 'number');
    if (this.codes !== null) this.codes[row] = this.code(src, s, e);
  }

  /**
   * Switches to text at `row`, coding the earlier rows from their parsed values (numbers as
   * String(value), dates as ISO strings when the dictionary was dropped).
   */
  private toText(row: number, from: 'number' | 'date'): void {
    const values = this.values as Float64Array;
    if (from === 'number' || this.codes === null) {
      this.codes = sharedInt32(this.capacity);
      const encoder = new TextEncoder();
      for (let i = 0; i < row; i++) {
        const value = values[i];
        if (Number.isNaN(value)) {
          this.codes[i] = -1;
          continue;
        }
        const bytes = encoder.encode(from === 'number' ? String(value) : new Date(value).toISOString());
        this.codes[i] = this.code(bytes, 0, bytes.length);
      }
    }
    this.mode = MODE_TEXT;
    this.values = null;
    this.coerced.length = 0;
    this.coercedCount = 0;
    this.refreshFast();
  }

  /** The dictionary code of src[s, e), adding a level when new; -2 once the dictionary overflowed. */
  private code(src: Uint8Array, s: number, e: number): number {
    if (this.overflow) return -2;
    let hash = FNV_OFFSET;
    for (let i = s; i < e; i++) hash = Math.imul(hash ^ src[i], FNV_PRIME);
    return this.codeWithHash(src, s, e, hash);
  }

  private codeWithHash(src: Uint8Array, s: number, e: number, hash: number): number {
    if (this.overflow) return -2;
    const slots = this.slots;
    const mask = slots.length - 1;
    const len = e - s;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot];
      if (entry === 0) break;
      const level = entry - 1;
      if (this.levelHash[level] === hash && this.levelLength[level] === len) {
        const start = this.levelStart[level];
        const arena = this.arena;
        let k = 0;
        while (k < len && arena[start + k] === src[s + k]) k++;
        if (k === len) return level;
      }
      slot = (slot + 1) & mask;
    }
    return this.addLevel(src, s, e, hash, slot);
  }

  private addLevel(src: Uint8Array, s: number, e: number, hash: number, slot: number): number {
    const level = this.levels.length;
    if (level >= MAX_DICTIONARY_LEVELS) {
      this.overflow = true;
      this.codes = null;
      this.fastText = false;
      this.levels = [];
      this.slots = new Int32Array(0);
      this.arena = new Uint8Array(0);
      return -2;
    }
    const len = e - s;
    if (level === this.levelHash.length) {
      const size = level * 2;
      this.levelHash = grownInt32(this.levelHash, size);
      this.levelStart = grownInt32(this.levelStart, size);
      this.levelLength = grownInt32(this.levelLength, size);
    }
    if (this.arenaLength + len > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLength + len));
      next.set(this.arena.subarray(0, this.arenaLength));
      this.arena = next;
    }
    this.arena.set(src.subarray(s, e), this.arenaLength);
    this.levelHash[level] = hash;
    this.levelStart[level] = this.arenaLength;
    this.levelLength[level] = len;
    this.arenaLength += len;
    this.levels.push(decoder.decode(src.subarray(s, e)));
    this.slots[slot] = level + 1;
    if ((level + 1) * 2 > this.slots.length) this.rehash();
    return level;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let level = 0; level < this.levels.length; level++) {
      let slot = this.levelHash[level] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = level + 1;
    }
    this.slots = slots;
  }

  /** The column after `rows` rows; arrays are views of the (possibly larger) storage. */
  finish(rows: number): RawColumn {
    const mode = this.mode;
    const kind =
      mode === MODE_SKIP
        ? 'skip'
        : mode === MODE_TEXT
          ? 'text'
          : mode === MODE_DATE || mode === MODE_FORCED_DATE
            ? 'date'
            : 'number';
    let codes = this.codes;
    let levels: string[] | null = this.overflow ? null : this.levels;
    if (this.overflow) {
      codes = null;
      levels = null;
    }
    return {
      name: this.name,
      forced: this.forced,
      kind,
      values: this.values === null ? null : fitted(this.values, rows),
      codes: codes === null ? null : fitted(codes, rows),
      levels: codes === null ? null : levels,
      overflow: this.overflow,
      missing: this.missing,
      allInteger: this.allInteger,
      coercedCount: this.coercedCount,
      coerced: this.coerced,
    };
  }
}

/**
 * The first `rows` entries, on a SharedArrayBuffer: a view when little is wasted, else a copy
 * (frees the spare room).
 */
export function fitted<T extends Float64Array | Int32Array | Uint32Array>(array: T, rows: number): T {
  const view = array.subarray(0, rows) as T;
  return array.length > rows * 1.25 + 64 ? sharedCopy(view) : asShared(view);
}

function grownInt32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}
