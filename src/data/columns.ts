/**
 * Per-column accumulation while a CSV is scanned: every cell arrives as a byte range and is
 * classified without creating a string (numbers parsed straight from the bytes, text
 * dictionary-coded by hashing its bytes; a string is decoded only for a new level). What is kept
 * (RawColumn) is enough to decide the column type from both sides later without the raw text.
 */
import { parseDate } from './dates.js';
import { LevelDictionary, OVERFLOW_CODE } from './dictionary.js';
import { grown } from './growth.js';
import type { MissingTokens } from './missing.js';
import { isDigit, nonFiniteToken, parseNumber } from './numbers.js';
import { fitted, sharedFloat64, sharedInt32 } from './shared.js';
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

/**
 * Whether src[s, e) is a code with a leading zero (`02134`, `007`): all digits, the first a 0 and
 * at least two of them. Such a column is text, not numbers (the zeros would be lost).
 */
export function isCode(src: Uint8Array, s: number, e: number): boolean {
  if (e - s < 2 || src[s] !== 48) return false;
  for (let k = s + 1; k < e; k++) if (!isDigit(src[k])) return false;
  return true;
}

/** Coerced cells remembered per column (and per table); the total is always counted. */
export const MAX_COERCED_RECORDED = 100;

const decoder = new TextDecoder('utf-8');

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
  /** Missing cells: empty fields, and the other missing-value tokens unless the column is text. */
  readonly missing: number;
  /** Codes of the levels that are non-empty missing-value tokens (text kept as categories; infer.ts decides). */
  readonly nullLike: readonly number[];
  /** Kind number: whether every finite value is an integer. */
  readonly allInteger: boolean;
  /** Cells coerced to missing (non-finite tokens, or unparseable under a configured type). */
  readonly coercedCount: number;
  /** The first MAX_COERCED_RECORDED of them: row index (0-based) and text. */
  readonly coerced: { row: number; text: string }[];
  /**
   * Kind number, from the CSV scanners: how many values are finite numbers. The others are NaN,
   * or +-Infinity only when coercedCount > 0. Absent when not counted (other formats).
   */
  readonly finite?: number;
  /** Why the column is not compared (nested values in Parquet or JSON, kind skip), for the report. */
  readonly skipReason?: string;
}

/** Whether a column of configured type `forced` starts with values (numbers or dates) rather than codes. */
export function startsWithValues(forced: ColumnType | null): boolean {
  return forced === null || forced === 'numeric' || forced === 'datetime';
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
  private coercedCount = 0;
  private readonly coerced: { row: number; text: string }[] = [];
  private readonly tokens: MissingTokens;
  private readonly dictionary = new LevelDictionary();
  /** `3,14` reads as 3.14 (files delimited by `;`, where the comma is the decimal mark). */
  private readonly decimalComma: boolean;
  private scratch = new Uint8Array(64);
  /**
   * Rows (and which token) of the non-empty missing tokens counted missing while the column read
   * as numbers or dates: made categories again if it turns to text.
   */
  private tokenRows = new Int32Array(0);
  private tokenWhich = new Uint8Array(0);
  private tokenCount = 0;

  /** Room for `capacity` codes when the column turns to text (a view of ScanRows' codes slab, or its own). */
  private readonly takeCodes: (capacity: number) => Int32Array;

  /**
   * `values`: room for `capacity` values made by the caller (a view of one allocation shared by
   * every column of a scan, see ScanRows), used when the column starts with values; else its own.
   * `takeCodes`: where the codes' room comes from (ScanRows' codes slab; by default its own).
   */
  constructor(
    name: string,
    forced: ColumnType | null,
    tokens: MissingTokens,
    capacity: number,
    decimalComma = false,
    values?: Float64Array,
    takeCodes: (capacity: number) => Int32Array = sharedInt32,
  ) {
    this.takeCodes = takeCodes;
    this.name = name;
    this.forced = forced;
    this.tokens = tokens;
    this.capacity = capacity;
    this.decimalComma = decimalComma;
    switch (forced) {
      case 'numeric':
        this.mode = MODE_FORCED_NUMBER;
        this.values = values ?? sharedFloat64(capacity);
        break;
      case 'datetime':
        this.mode = MODE_FORCED_DATE;
        this.values = values ?? sharedFloat64(capacity);
        break;
      case 'categorical':
      case 'boolean':
        this.mode = MODE_TEXT;
        this.codes = takeCodes(capacity);
        break;
      case 'identifier':
      case 'empty':
        this.mode = MODE_SKIP;
        break;
      default:
        this.mode = MODE_NUMBER;
        this.values = values ?? sharedFloat64(capacity);
    }
    this.refreshFast();
  }

  private refreshFast(): void {
    this.fastNumbers =
      (this.mode === MODE_NUMBER || this.mode === MODE_FORCED_NUMBER) && !this.tokens.numericToken;
    this.fastText = this.mode === MODE_TEXT && this.codes !== null && !this.dictionary.overflow;
  }

  /** A finite number the scanner parsed (fastNumbers only). */
  putNumber(value: number, row: number): void {
    (this.values as Float64Array)[row] = value;
    this.numbers++;
    if (this.allInteger && Math.floor(value) !== value) this.allInteger = false;
  }

  /** An unquoted cell with its FNV-1a hash computed by the scanner (fastText only). */
  putText(src: Uint8Array, s: number, e: number, hash: number, row: number): void {
    if (e === s && this.tokens.emptyIsMissing) {
      this.missing++;
      (this.codes as Int32Array)[row] = -1;
      return;
    }
    const code = this.dictionary.codeWithHash(src, s, e, hash);
    if (code === OVERFLOW_CODE) this.dropCodes();
    if (this.codes !== null) this.codes[row] = code;
  }

  /** Makes room for `capacity` rows (called by the scanner when the row count reaches it). */
  grow(capacity: number): void {
    if (capacity <= this.capacity) return;
    if (this.values !== null) this.values = grown(this.values, capacity);
    if (this.codes !== null) this.codes = grown(this.codes, capacity);
    this.capacity = capacity;
  }

  /** One cell: src[s, e) is the field's text (quotes already removed and unescaped). */
  cell(src: Uint8Array, s: number, e: number, row: number): void {
    const len = e - s;
    const tokens = this.tokens;
    if (this.mode === MODE_NUMBER && len > 0 && !tokens.numericToken && !isCode(src, s, e)) {
      // Numbers first: no missing token reads as a number, and most cells here are numbers.
      const value = parseNumber(src, s, e);
      if (!Number.isNaN(value) && value !== Infinity && value !== -Infinity) {
        (this.values as Float64Array)[row] = value;
        this.numbers++;
        if (this.allInteger && Math.floor(value) !== value) this.allInteger = false;
        return;
      }
    }
    const token = len === 0 ? -1 : tokens.indexOf(src, s, e);
    if ((len === 0 && tokens.emptyIsMissing) || (token >= 0 && this.mode !== MODE_TEXT)) {
      this.missing++;
      if (this.values !== null) this.values[row] = NaN;
      if (this.codes !== null) this.codes[row] = -1;
      if (token >= 0 && (this.mode === MODE_NUMBER || this.mode === MODE_DATE)) this.keepToken(row, token);
      return;
    }
    const mode = this.mode;
    if (mode === MODE_NUMBER) {
      const value = isCode(src, s, e) ? NaN : this.number(src, s, e);
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
      const time = parseDate(src, s, e);
      if (!Number.isNaN(time)) {
        (this.values as Float64Array)[row] = time;
        if (this.codes !== null) this.codes[row] = this.code(src, s, e);
      } else {
        this.toText(row, 'date');
        if (this.codes !== null) this.codes[row] = this.code(src, s, e);
      }
    } else if (mode === MODE_FORCED_NUMBER) {
      const value = this.number(src, s, e);
      if (!Number.isNaN(value) && value !== Infinity && value !== -Infinity) {
        (this.values as Float64Array)[row] = value;
        this.numbers++;
      } else {
        (this.values as Float64Array)[row] = NaN;
        this.coerce(src, s, e, row);
      }
    } else if (mode === MODE_FORCED_DATE) {
      const time = parseDate(src, s, e);
      (this.values as Float64Array)[row] = time;
      if (Number.isNaN(time)) this.coerce(src, s, e, row);
    }
  }

  /** The number in src[s, e), also with a decimal comma (`3,14`) where one is the decimal mark; NaN when none. */
  private number(src: Uint8Array, s: number, e: number): number {
    const value = parseNumber(src, s, e);
    if (!Number.isNaN(value) || !this.decimalComma) return value;
    let commas = 0;
    for (let k = s; k < e; k++) {
      if (src[k] === 46) return value;
      if (src[k] === 44) commas++;
    }
    if (commas !== 1) return value;
    if (this.scratch.length < e - s) this.scratch = new Uint8Array((e - s) * 2);
    const scratch = this.scratch;
    for (let k = s; k < e; k++) scratch[k - s] = src[k] === 44 ? 46 : src[k];
    return parseNumber(scratch, 0, e - s);
  }

  /** Remembers a missing token read while the column is numbers or dates (see tokenRows). */
  private keepToken(row: number, token: number): void {
    if (this.tokenCount === this.tokenRows.length) {
      const size = Math.max(16, this.tokenCount * 2);
      this.tokenRows = grown(this.tokenRows, size);
      this.tokenWhich = grown(this.tokenWhich, size);
    }
    this.tokenRows[this.tokenCount] = row;
    this.tokenWhich[this.tokenCount] = token;
    this.tokenCount++;
  }

  /** The column turned to text: its missing tokens become categories (codes), no longer missing. */
  private recodeTokens(): void {
    for (let k = 0; k < this.tokenCount && this.codes !== null; k++) {
      const bytes = this.tokens.tokens[this.tokenWhich[k]];
      this.codes[this.tokenRows[k]] = this.code(bytes, 0, bytes.length);
    }
    this.missing -= this.tokenCount;
    this.tokenCount = 0;
    this.tokenRows = new Int32Array(0);
    this.tokenWhich = new Uint8Array(0);
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
      const time = parseDate(src, s, e);
      this.codes = this.takeCodes(this.capacity);
      this.codes.fill(-1, 0, row);
      if (!Number.isNaN(time)) {
        this.mode = MODE_DATE;
        (this.values as Float64Array)[row] = time;
      } else {
        this.mode = MODE_TEXT;
        this.values = null;
      }
      this.codes[row] = this.code(src, s, e);
      if (this.mode === MODE_TEXT) this.recodeTokens();
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
      const codes = this.takeCodes(this.capacity);
      this.codes = codes;
      const encoder = new TextEncoder();
      // stops when the earlier values alone overflow the dictionary (then the codes are dropped)
      for (let i = 0; i < row && this.codes !== null; i++) {
        const value = values[i];
        if (Number.isNaN(value)) {
          codes[i] = -1;
          continue;
        }
        const bytes = encoder.encode(from === 'number' ? String(value) : new Date(value).toISOString());
        codes[i] = this.code(bytes, 0, bytes.length);
      }
    }
    this.mode = MODE_TEXT;
    this.values = null;
    this.coerced.length = 0;
    this.coercedCount = 0;
    this.recodeTokens();
    this.refreshFast();
  }

  /**
   * The dictionary code of src[s, e), adding a level when new; OVERFLOW_CODE once the dictionary
   * overflowed (the codes are dropped when it overflows now).
   */
  private code(src: Uint8Array, s: number, e: number): number {
    if (this.dictionary.overflow) return OVERFLOW_CODE;
    const code = this.dictionary.code(src, s, e);
    if (code === OVERFLOW_CODE) this.dropCodes();
    return code;
  }

  /** Past MAX_DICTIONARY_LEVELS distinct values: the codes are dropped (identifier-like column). */
  private dropCodes(): void {
    this.codes = null;
    this.fastText = false;
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
    const overflow = this.dictionary.overflow;
    const codes = overflow ? null : this.codes;
    const levels = overflow ? null : this.dictionary.levels;
    const nullLike: number[] = [];
    if (codes !== null && kind === 'text') {
      this.dictionary.levels.forEach((level, code) => {
        if (this.tokens.texts.has(level)) nullLike.push(code);
      });
    }
    return {
      name: this.name,
      forced: this.forced,
      kind,
      values: this.values === null ? null : fitted(this.values, rows),
      codes: codes === null ? null : fitted(codes, rows),
      levels: codes === null ? null : levels,
      overflow,
      missing: this.missing,
      nullLike,
      allInteger: this.allInteger,
      coercedCount: this.coercedCount,
      coerced: this.coerced,
      ...(kind === 'number' ? { finite: this.numbers } : {}),
    };
  }
}
