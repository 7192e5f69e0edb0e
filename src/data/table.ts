/**
 * The columnar Table model every check works on. One Table per side (reference, candidate).
 * Numeric-like columns hold a Float64Array with NaN for missing; categorical-like columns are
 * dictionary-coded (Int32Array codes into `levels`, -1 for missing). Memory is proportional to
 * rows x columns in typed arrays plus one string per distinct level, never a string per cell.
 */

/** The inferred (or configured) kind of a column; decided from both sides together. */
export type ColumnType = 'numeric' | 'categorical' | 'boolean' | 'datetime' | 'identifier' | 'empty';

/** A numeric or datetime column (datetime values are milliseconds since the epoch, UTC). */
export interface NumericColumn {
  readonly name: string;
  readonly type: 'numeric' | 'datetime';
  /** One value per row; NaN marks a missing value. Never holds Infinity. */
  readonly values: Float64Array;
  /** Count of missing values (NaN entries). */
  readonly missing: number;
}

/** A categorical or boolean column, dictionary-coded. */
export interface CategoricalColumn {
  readonly name: string;
  readonly type: 'categorical' | 'boolean';
  /** One code per row indexing `levels`; -1 marks a missing value. */
  readonly codes: Int32Array;
  /** The distinct present values in order of first appearance (booleans: 'false', 'true'). */
  readonly levels: readonly string[];
  /** Count of missing values (-1 codes). */
  readonly missing: number;
  /** Codes of levels that read like a missing value (`None`, `NA`, ...) kept as categories in a text column. */
  readonly nullLike?: readonly number[];
}

/** A column no statistic is run on: identifier-like (nearly all values unique) or entirely missing. */
export interface SkippedColumn {
  readonly name: string;
  readonly type: 'identifier' | 'empty';
  /** Why no statistic runs on it, in words for the report. */
  readonly reason: string;
  readonly missing: number;
  /** Count of distinct present values (identifier columns), when known. */
  readonly distinct?: number;
  /**
   * Identifier-like columns whose dictionary the loader kept (at most MAX_DICTIONARY_LEVELS
   * distinct values, not configured as an identifier): one code per row indexing `levels`, -1 for
   * missing. No statistic reads them; the row checks compare rows and match keys such as `id`
   * with them. Absent on every other skipped column; `codes` and `levels` come together.
   */
  readonly codes?: Int32Array;
  readonly levels?: readonly string[];
}

export type Column = NumericColumn | CategoricalColumn | SkippedColumn;

/** One side of the comparison. */
export interface Table {
  /** What the user named: a path, or `path@revision` when read through git. */
  readonly source: string;
  /** Number of data rows (header excluded). */
  readonly rows: number;
  /** The delimiter that was used (detected or configured). */
  readonly delimiter: string;
  /** Columns in file order. */
  readonly columns: readonly Column[];
  /** 1-based file line of each data row (a quoted field may span lines), for messages. */
  readonly rowLines?: Uint32Array;
  /** Cells that looked like numbers but were not finite (e.g. `Infinity`) or were unparseable in a numeric column, counted as missing. */
  readonly coercedToMissing?: readonly CoercedCell[];
  /** How many cells were coerced to missing in all; `coercedToMissing` lists only the first ones. */
  readonly coercedToMissingCount?: number;
}

/** A cell of a numeric column whose text was not a finite number and was counted as missing. */
export interface CoercedCell {
  readonly column: string;
  readonly line: number;
  readonly text: string;
}

export function isNumericColumn(column: Column): column is NumericColumn {
  return column.type === 'numeric' || column.type === 'datetime';
}

export function isCategoricalColumn(column: Column): column is CategoricalColumn {
  return column.type === 'categorical' || column.type === 'boolean';
}

/** Dictionary codes (-1 missing) with the levels they index. */
export interface Dictionary {
  readonly codes: Int32Array;
  readonly levels: readonly string[];
}

/**
 * The codes and levels of a column when it has them: categorical and boolean columns, and
 * identifier-like columns with kept codes; else null (numbers, dates, other skipped columns).
 */
export function dictionaryOf(column: Column): Dictionary | null {
  if (isNumericColumn(column)) return null;
  const { codes, levels } = column;
  return codes !== undefined && levels !== undefined ? { codes, levels } : null;
}
