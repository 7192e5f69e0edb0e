/**
 * Data-quality findings beyond the schema: type changes, column order, missing values, new and
 * vanished categories, out-of-range values, unit errors, constant columns and row counts.
 * Pure: the two Tables and the ColumnReports the drift engine computed in, findings out. Cost:
 * linear in rows per column (on the sorted present values the drift check already has), linear in columns.
 *
 * Every finding has `values` with the numbers behind its message; non-finite numbers never reach
 * a finding (JSON has no NaN or Infinity). Column names are quoted as given: escaping is the
 * renderer's job.
 */
import { IDENTIFIER_MIN_PRESENT } from '../../data/infer.js';
import {
  type CategoricalColumn,
  type Column,
  isCategoricalColumn,
  isNumericColumn,
  type NumericColumn,
  type Table,
} from '../../data/table.js';
import type { ColumnReport, QualityFinding, Severity } from '../../report/model.js';
import {
  finite,
  formatShare,
  formatValue,
  isDateText,
  isNumberText,
  levelCounts,
  type NumericSummary,
  plural,
  summarizeNumeric,
} from './util.js';

/** The checks of this module (the schema check lives in schema.ts). */
export type QualityCheck =
  | 'type-change'
  | 'column-order'
  | 'missing-values'
  | 'entirely-missing'
  | 'new-categories'
  | 'vanished-categories'
  | 'out-of-range'
  | 'unit-change'
  | 'constant-column'
  | 'row-count'
  | 'row-count-growth';

/** Default severity of each check, in one place. Errors fail the run unless fail-on is `never`. */
export const DEFAULT_SEVERITY: Readonly<Record<QualityCheck, Severity>> = Object.freeze({
  'type-change': 'error',
  'column-order': 'info',
  'missing-values': 'warning',
  'entirely-missing': 'error',
  'new-categories': 'warning',
  'vanished-categories': 'warning',
  'out-of-range': 'warning',
  'unit-change': 'error',
  'constant-column': 'warning',
  'row-count': 'warning',
  'row-count-growth': 'info',
});

/** `row-count`: the candidate has fewer than this share of the reference's rows. */
export const ROW_COUNT_MIN_RATIO = 0.5;
/** `row-count-growth`: the candidate has more than this multiple of the reference's rows. */
export const ROW_COUNT_MAX_RATIO = 2;

/** `out-of-range`: reported when more than this share of present candidate values is outside the reference range... */
export const OUT_OF_RANGE_MIN_SHARE = 0.01;
/**
 * ...and more than this many divided by the reference's present count: a sample of n values
 * leaves about 2/(n+1) of the same distribution outside its range, and a share above 10/n happens
 * by chance less than once in a thousand, so small references are not flagged for sampling noise.
 */
export const OUT_OF_RANGE_REFERENCE_ALLOWANCE = 10;
/** `out-of-range`: at least this many values must be outside (a stray value or two in a small candidate is noise). */
export const OUT_OF_RANGE_MIN_COUNT = 5;

/** `unit-change`: ratio of candidate to reference location (absolute median) at or beyond this (or 1/this). */
export const UNIT_CHANGE_MIN_RATIO = 8;
/** `unit-change`: when both sides have a spread (IQR > 0), it must change by at least this factor the same way. */
export const UNIT_CHANGE_MIN_SCALE_RATIO = Math.sqrt(UNIT_CHANGE_MIN_RATIO);
/** `unit-change`: present values needed on each side. */
export const UNIT_CHANGE_MIN_PRESENT = 5;

/** `new-categories` / `vanished-categories`: categories listed by name before "and N more". */
export const MAX_CATEGORIES_LISTED = 5;
/**
 * `vanished-categories`: only categories the candidate would be expected to hold at least this many
 * times (reference share x candidate present values): absent by chance with probability about e^-10,
 * so even a column with hundreds of categories rarely shows one vanished by chance.
 */
export const VANISHED_MIN_EXPECTED = 10;
/**
 * Category checks skip identifier-like columns: more than IDENTIFIER_MIN_PRESENT present reference
 * values of which at least this share are distinct (every new row brings new values).
 */
export const CATEGORY_IDENTIFIER_DISTINCT_SHARE = 0.5;

/**
 * `constant-column`: reported only when the candidate being constant is unlikely by chance: the
 * reference share of the remaining value to the power of the candidate's present count is below this.
 */
export const CONSTANT_MAX_CHANCE = 0.01;
/** `constant-column`: the candidate needs at least this many present values (one value is no pattern). */
export const CONSTANT_MIN_PRESENT = 2;

export interface QualityOptions {
  /** Severity per check, overriding DEFAULT_SEVERITY. */
  readonly severity?: Partial<Record<QualityCheck, Severity>>;
}

type Values = Record<string, number | string | null>;

class Findings {
  readonly list: QualityFinding[] = [];
  constructor(private readonly severity: Readonly<Record<QualityCheck, Severity>>) {}

  add(check: QualityCheck, column: string | null, message: string, values: Values): void {
    const clean: Values = {};
    for (const [key, value] of Object.entries(values)) {
      clean[key] = typeof value === 'number' ? finite(value) : value;
    }
    this.list.push({ check, column, severity: this.severity[check], message, values: clean });
  }
}

/**
 * All data-quality findings (besides the schema ones) for the compared columns: dataset-level
 * findings first (row count, column order), then per column in report order.
 */
export function qualityFindings(
  reference: Table,
  candidate: Table,
  columns: readonly ColumnReport[],
  options: QualityOptions = {},
): QualityFinding[] {
  const findings = new Findings({ ...DEFAULT_SEVERITY, ...options.severity });
  rowCountFindings(reference, candidate, findings);
  columnOrderFindings(reference, candidate, columns, findings);
  const refByName = new Map(reference.columns.map((c) => [c.name, c]));
  const candByName = new Map(candidate.columns.map((c) => [c.name, c]));
  const refText = coercedText(reference);
  const candText = coercedText(candidate);
  const candTruncated = (candidate.coercedToMissing?.length ?? 0) < (candidate.coercedToMissingCount ?? 0);
  for (const report of columns) {
    if (report.status === 'missing-in-candidate' || report.status === 'missing-in-reference') continue;
    const ref = refByName.get(report.name);
    const cand = candByName.get(report.name);
    if (!ref || !cand) continue;
    columnFindings(
      report,
      ref,
      cand,
      reference.rows,
      candidate.rows,
      { reference: refText.get(report.name), candidate: candText.get(report.name), candTruncated },
      findings,
    );
  }
  return findings.list;
}

// ---------------------------------------------------------------------------------------------
// Dataset level

function rowCountFindings(reference: Table, candidate: Table, findings: Findings): void {
  if (reference.rows === 0) return;
  const ratio = candidate.rows / reference.rows;
  const values = { referenceRows: reference.rows, candidateRows: candidate.rows, ratio };
  if (ratio < ROW_COUNT_MIN_RATIO) {
    findings.add(
      'row-count',
      null,
      `the candidate has ${plural(candidate.rows, 'row')}, ${formatShare(ratio)} of the reference's ${reference.rows} (below ${formatShare(ROW_COUNT_MIN_RATIO)})`,
      { ...values, minRatio: ROW_COUNT_MIN_RATIO },
    );
  } else if (ratio > ROW_COUNT_MAX_RATIO) {
    findings.add(
      'row-count-growth',
      null,
      `the candidate has ${plural(candidate.rows, 'row')}, ${formatValue(ratio)} times the reference's ${reference.rows}`,
      { ...values, maxRatio: ROW_COUNT_MAX_RATIO },
    );
  }
}

/** One finding when the columns both sides share (and that are compared) are in a different order. */
function columnOrderFindings(
  reference: Table,
  candidate: Table,
  columns: readonly ColumnReport[],
  findings: Findings,
): void {
  const compared = new Set(
    columns
      .filter((c) => c.status !== 'missing-in-candidate' && c.status !== 'missing-in-reference')
      .map((c) => c.name),
  );
  const refOrder = reference.columns.map((c) => c.name).filter((name) => compared.has(name));
  const candOrder = candidate.columns.map((c) => c.name).filter((name) => compared.has(name));
  if (refOrder.length !== candOrder.length) return; // duplicate names: not an order question
  let moved = 0;
  let first = -1;
  for (let i = 0; i < refOrder.length; i++) {
    if (refOrder[i] !== candOrder[i]) {
      moved++;
      if (first < 0) first = i;
    }
  }
  if (moved === 0) return;
  const refPosition = new Map(reference.columns.map((c, i) => [c.name, i + 1]));
  const candPosition = new Map(candidate.columns.map((c, i) => [c.name, i + 1]));
  const name = refOrder[first];
  findings.add(
    'column-order',
    null,
    `the columns are in a different order: ${plural(moved, 'column')} of ${refOrder.length} moved; the first, '${name}', is column ${refPosition.get(name)} in the reference and ${candPosition.get(name)} in the candidate`,
    {
      shared: refOrder.length,
      moved,
      firstMoved: name,
      referencePosition: refPosition.get(name) ?? null,
      candidatePosition: candPosition.get(name) ?? null,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Per column

/** Non-numeric text the loader coerced to missing in a numeric column, per column (from the recorded cells). */
interface CoercedText {
  count: number;
  examples: string[];
}

function coercedText(table: Table): Map<string, CoercedText> {
  const byColumn = new Map<string, CoercedText>();
  for (const cell of table.coercedToMissing ?? []) {
    if (isNumberText(cell.text) || isDateText(cell.text)) continue;
    let entry = byColumn.get(cell.column);
    if (!entry) {
      entry = { count: 0, examples: [] };
      byColumn.set(cell.column, entry);
    }
    entry.count++;
    if (entry.examples.length < 3 && !entry.examples.includes(cell.text)) entry.examples.push(cell.text);
  }
  return byColumn;
}

interface CoercedSides {
  reference: CoercedText | undefined;
  candidate: CoercedText | undefined;
  candTruncated: boolean;
}

function columnFindings(
  report: ColumnReport,
  ref: Column,
  cand: Column,
  refRows: number,
  candRows: number,
  coerced: CoercedSides,
  findings: Findings,
): void {
  const name = report.name;
  const typeChanged = typeChangeFindings(name, ref, cand, coerced, findings);
  const refPresent = refRows - ref.missing;
  const candPresent = candRows - cand.missing;
  if (refPresent > 0 && candRows > 0 && candPresent === 0) {
    findings.add(
      'entirely-missing',
      name,
      `'${name}' is entirely missing in the candidate (all ${plural(candRows, 'row')}); ${formatShare(refPresent / refRows)} of reference rows have a value`,
      {
        referencePresent: refPresent,
        referenceMissingShare: ref.missing / refRows,
        candidateRows: candRows,
        candidateMissingShare: 1,
      },
    );
    return;
  }
  missingValueFindings(report, findings);
  if (candPresent === 0 || refPresent === 0) return;
  if (isNumericColumn(ref) && isNumericColumn(cand)) {
    numericFindings(name, ref, cand, findings);
  } else if (isCategoricalColumn(ref) && isCategoricalColumn(cand) && !typeChanged) {
    categoricalFindings(name, ref, cand, findings);
  }
}

/** Whether a type-change finding was added. */
function typeChangeFindings(
  name: string,
  ref: Column,
  cand: Column,
  coerced: CoercedSides,
  findings: Findings,
): boolean {
  if (ref.type === 'empty' || cand.type === 'empty') return false;
  if (ref.type !== cand.type) {
    findings.add(
      'type-change',
      name,
      `'${name}' changed type: ${ref.type} in the reference, ${cand.type} in the candidate`,
      { referenceType: ref.type, candidateType: cand.type },
    );
    return true;
  }
  // Types are inferred from both sides together: a numeric (or date) column whose candidate holds
  // text is typed categorical on both sides. The reference then holds only number (date) text.
  if (ref.type === 'categorical' && isCategoricalColumn(cand)) {
    const was = textKind(ref);
    if (was === null) return false;
    const isKind = was === 'numeric' ? isNumberText : isDateText;
    const counts = levelCounts(cand);
    const other: { level: string; count: number }[] = [];
    let otherCount = 0;
    let present = 0;
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      present += counts[i];
      if (!isKind(cand.levels[i])) {
        otherCount += counts[i];
        other.push({ level: cand.levels[i], count: counts[i] });
      }
    }
    if (otherCount === 0) return false;
    other.sort((a, b) => b.count - a.count);
    const examples = other.slice(0, 3).map((o) => o.level);
    findings.add(
      'type-change',
      name,
      `'${name}': ${was} became text: ${otherCount} of ${present} candidate values (${formatShare(otherCount / present)}) are not ${was === 'numeric' ? 'numbers' : 'dates'} (e.g. ${quoteList(examples)}), while every reference value is`,
      {
        referenceType: was,
        candidateType: 'text',
        nonMatching: otherCount,
        candidatePresent: present,
        share: otherCount / present,
        distinctNonMatching: other.length,
        examples: JSON.stringify(examples),
      },
    );
    return true;
  }
  // A column configured as numeric or datetime: text the loader could not read was coerced to missing.
  if (isNumericColumn(ref) && coerced.candidate && !coerced.reference) {
    const { count, examples } = coerced.candidate;
    const was = ref.type === 'numeric' ? 'numeric' : 'datetime';
    const atLeast = coerced.candTruncated ? 'at least ' : '';
    findings.add(
      'type-change',
      name,
      `'${name}': ${was} became text: ${atLeast}${plural(count, 'candidate value')} ${count === 1 ? 'is' : 'are'} not ${was === 'numeric' ? 'a number' : 'a date'} (e.g. ${quoteList(examples)}) and ${count === 1 ? 'was' : 'were'} counted as missing; the reference has none`,
      {
        referenceType: was,
        candidateType: 'text',
        nonMatching: count,
        countIsLowerBound: coerced.candTruncated ? 1 : 0,
        examples: JSON.stringify(examples),
      },
    );
    return true;
  }
  return false;
}

/** 'numeric' or 'datetime' when every present level of a categorical column is number (date) text. */
function textKind(column: CategoricalColumn): 'numeric' | 'datetime' | null {
  if (column.levels.length === 0) return null;
  const counts = levelCounts(column);
  let numbers = true;
  let dates = true;
  for (let i = 0; i < counts.length && (numbers || dates); i++) {
    if (counts[i] === 0) continue;
    const level = column.levels[i];
    if (numbers && !isNumberText(level)) numbers = false;
    if (dates && !isDateText(level)) dates = false;
  }
  return numbers ? 'numeric' : dates ? 'datetime' : null;
}

/** The engine's missing-share score passed (significant and at least missing-share-change) and the share rose. */
function missingValueFindings(report: ColumnReport, findings: Findings): void {
  const missing = report.missingShare;
  if (!missing?.passed || !(missing.candidate > missing.reference)) return;
  findings.add(
    'missing-values',
    report.name,
    `missing values in '${report.name}' rose from ${formatShare(missing.reference)} to ${formatShare(missing.candidate)}`,
    {
      referenceShare: missing.reference,
      candidateShare: missing.candidate,
      referenceMissing: report.reference.missing,
      candidateMissing: report.candidate.missing,
      adjustedPValue: missing.adjustedPValue,
      minChange: missing.minChange,
    },
  );
}

function numericFindings(name: string, ref: NumericColumn, cand: NumericColumn, findings: Findings): void {
  const refSummary = summarizeNumeric(ref);
  const candSummary = summarizeNumeric(cand);
  if (!refSummary || !candSummary) return;
  if (ref.type === 'numeric' && cand.type === 'numeric') {
    const unit = unitChangeFinding(name, refSummary, candSummary, findings);
    if (!unit) outOfRangeFinding(name, cand, refSummary, candSummary, findings);
  }
  if (refSummary.min < refSummary.max && candSummary.min === candSummary.max) {
    const value = candSummary.min;
    let same = 0;
    const values = ref.values;
    for (let i = 0; i < values.length; i++) if (values[i] === value) same++;
    const display = ref.type === 'datetime' ? new Date(value).toISOString() : formatValue(value);
    constantFinding(name, display, same / refSummary.present, candSummary.present, findings);
  }
}

/** Whether a unit-change finding was added. */
function unitChangeFinding(
  name: string,
  ref: NumericSummary,
  cand: NumericSummary,
  findings: Findings,
): boolean {
  if (ref.present < UNIT_CHANGE_MIN_PRESENT || cand.present < UNIT_CHANGE_MIN_PRESENT) return false;
  let basis = 'median';
  let refLocation = Math.abs(ref.median);
  let candLocation = Math.abs(cand.median);
  if (refLocation === 0 || candLocation === 0) {
    basis = 'mean absolute value';
    refLocation = ref.meanAbs;
    candLocation = cand.meanAbs;
  }
  if (!(refLocation > 0 && candLocation > 0)) return false;
  const ratio = candLocation / refLocation;
  if (!Number.isFinite(ratio) || ratio === 0) return false;
  const up = ratio >= UNIT_CHANGE_MIN_RATIO;
  if (!up && ratio > 1 / UNIT_CHANGE_MIN_RATIO) return false;
  const refSpread = ref.q3 - ref.q1;
  const candSpread = cand.q3 - cand.q1;
  let scaleRatio: number | null = null;
  if (refSpread > 0 && candSpread > 0) {
    scaleRatio = candSpread / refSpread;
    const agrees = up
      ? scaleRatio >= UNIT_CHANGE_MIN_SCALE_RATIO
      : scaleRatio <= 1 / UNIT_CHANGE_MIN_SCALE_RATIO;
    if (!agrees) return false; // the location moved but the spread did not: a shift, not a unit
  }
  const exponent = Math.max(1, Math.round(Math.abs(Math.log10(ratio)))) * (up ? 1 : -1);
  const factor = up ? `x${10 ** exponent}` : `/${10 ** -exponent}`;
  const hint = UNIT_HINTS[exponent];
  const refShown = basis === 'median' ? ref.median : ref.meanAbs;
  const candShown = basis === 'median' ? cand.median : cand.meanAbs;
  findings.add(
    'unit-change',
    name,
    `likely unit error in '${name}' (${factor}${hint ? `: e.g. ${hint}` : ''}): ${basis} ${formatValue(refShown)} in the reference, ${formatValue(candShown)} in the candidate (ratio ${formatValue(ratio)})`,
    {
      factor: 10 ** exponent,
      ratio,
      basis,
      reference: refShown,
      candidate: candShown,
      referenceIqr: refSpread,
      candidateIqr: candSpread,
      scaleRatio,
    },
  );
  return true;
}

/** What a power-of-ten jump of the candidate against the reference usually means. */
const UNIT_HINTS: Readonly<Record<number, string>> = {
  1: 'millimetres written as centimetres',
  2: 'percentages written as fractions, or centimetres as metres',
  3: 'grams written as kilograms',
  [-1]: 'centimetres written as millimetres',
  [-2]: 'fractions written as percentages, or metres as centimetres',
  [-3]: 'kilograms written as grams',
};

function outOfRangeFinding(
  name: string,
  cand: NumericColumn,
  ref: NumericSummary,
  candSummary: NumericSummary,
  findings: Findings,
): void {
  let below = 0;
  let above = 0;
  const values = cand.values;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value < ref.min) below++;
    else if (value > ref.max) above++;
  }
  reportOutOfRange(name, { below, above }, ref, candSummary, findings);
}

/** Side ranges for `out-of-range`: min, max and present count. */
interface Range {
  min: number;
  max: number;
  present: number;
}

function reportOutOfRange(
  name: string,
  { below, above }: { below: number; above: number },
  ref: Range,
  cand: Range,
  findings: Findings,
): void {
  const outside = below + above;
  const share = outside / cand.present;
  const margin = Math.max(OUT_OF_RANGE_MIN_SHARE, OUT_OF_RANGE_REFERENCE_ALLOWANCE / ref.present);
  if (outside < OUT_OF_RANGE_MIN_COUNT || share <= margin) return;
  const parts: string[] = [];
  if (below > 0) parts.push(`${below} below (down to ${formatValue(cand.min)})`);
  if (above > 0) parts.push(`${above} above (up to ${formatValue(cand.max)})`);
  findings.add(
    'out-of-range',
    name,
    `${outside} of ${cand.present} candidate values in '${name}' (${formatShare(share)}) are outside the reference range [${formatValue(ref.min)}, ${formatValue(ref.max)}]: ${parts.join(', ')}`,
    {
      outside,
      below,
      above,
      share,
      candidatePresent: cand.present,
      referenceMin: ref.min,
      referenceMax: ref.max,
      candidateMin: cand.min,
      candidateMax: cand.max,
      margin,
    },
  );
}

/**
 * A categorical column whose levels are all numbers on both sides (integer columns with few
 * distinct values are typed categorical): new values are checked against the reference range, not
 * reported as new "categories". Returns false when the levels are not all numbers.
 */
function numberLevelFindings(
  name: string,
  ref: CategoricalColumn,
  refCounts: Float64Array,
  cand: CategoricalColumn,
  candCounts: Float64Array,
  findings: Findings,
): boolean {
  const refRange = levelRange(ref, refCounts);
  if (!refRange) return false;
  const candRange = levelRange(cand, candCounts);
  if (!candRange) return false;
  let below = 0;
  let above = 0;
  for (let i = 0; i < candCounts.length; i++) {
    if (candCounts[i] === 0) continue;
    const value = Number(cand.levels[i]);
    if (value < refRange.min) below += candCounts[i];
    else if (value > refRange.max) above += candCounts[i];
  }
  reportOutOfRange(name, { below, above }, refRange, candRange, findings);
  return true;
}

/** Min, max and present count over the present levels when every one is a finite number, else null. */
function levelRange(column: CategoricalColumn, counts: Float64Array): Range | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let present = 0;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] === 0) continue;
    const text = column.levels[i];
    if (!isNumberText(text)) return null;
    const value = Number(text);
    if (!Number.isFinite(value)) return null;
    if (value < min) min = value;
    if (value > max) max = value;
    present += counts[i];
  }
  return present > 0 ? { min, max, present } : null;
}

function constantFinding(
  name: string,
  value: string,
  referenceShare: number,
  candidatePresent: number,
  findings: Findings,
): void {
  if (candidatePresent < CONSTANT_MIN_PRESENT) return;
  // Chance that every candidate value equals this one if nothing changed: share^present.
  const logChance =
    referenceShare > 0 ? candidatePresent * Math.log(referenceShare) : Number.NEGATIVE_INFINITY;
  if (logChance >= Math.log(CONSTANT_MAX_CHANCE)) return;
  findings.add(
    'constant-column',
    name,
    `'${name}' became constant: every one of ${plural(candidatePresent, 'candidate value')} is '${value}', which is ${formatShare(referenceShare)} of the reference`,
    { value, candidatePresent, referenceShare },
  );
}

function categoricalFindings(
  name: string,
  ref: CategoricalColumn,
  cand: CategoricalColumn,
  findings: Findings,
): void {
  const refCounts = levelCounts(ref);
  const candCounts = levelCounts(cand);
  let refPresent = 0;
  let refDistinct = 0;
  for (let i = 0; i < refCounts.length; i++) {
    refPresent += refCounts[i];
    if (refCounts[i] > 0) refDistinct++;
  }
  let candPresent = 0;
  let candDistinct = 0;
  let candOnly = -1;
  for (let i = 0; i < candCounts.length; i++) {
    candPresent += candCounts[i];
    if (candCounts[i] > 0) {
      candDistinct++;
      candOnly = i;
    }
  }
  if (refPresent === 0 || candPresent === 0) return;
  const refIndex = new Map<string, number>();
  ref.levels.forEach((level, i) => {
    refIndex.set(level, i);
  });

  if (refDistinct > 1 && candDistinct === 1) {
    const level = cand.levels[candOnly];
    const at = refIndex.get(level);
    const refShare = at === undefined ? 0 : refCounts[at] / refPresent;
    constantFinding(name, level, refShare, candPresent, findings);
  }

  const identifierLike =
    refPresent > IDENTIFIER_MIN_PRESENT && refDistinct >= CATEGORY_IDENTIFIER_DISTINCT_SHARE * refPresent;
  if (identifierLike) return;
  if (numberLevelFindings(name, ref, refCounts, cand, candCounts, findings)) return;

  // New categories: candidate levels the reference never had.
  const added: { level: string; count: number }[] = [];
  let addedValues = 0;
  const inCandidate = new Uint8Array(ref.levels.length);
  for (let i = 0; i < candCounts.length; i++) {
    if (candCounts[i] === 0) continue;
    const at = refIndex.get(cand.levels[i]);
    if (at !== undefined && refCounts[at] > 0) {
      inCandidate[at] = 1;
      continue;
    }
    added.push({ level: cand.levels[i], count: candCounts[i] });
    addedValues += candCounts[i];
  }
  if (added.length > 0) {
    added.sort((a, b) => b.count - a.count);
    const listed = added
      .slice(0, MAX_CATEGORIES_LISTED)
      .map((a) => `'${a.level}' (${a.count}, ${formatShare(a.count / candPresent)})`);
    const more = added.length - listed.length;
    findings.add(
      'new-categories',
      name,
      `${plural(added.length, 'category', 'categories')} in '${name}' never seen in the reference, ${addedValues} of ${candPresent} candidate values (${formatShare(addedValues / candPresent)}): ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
      {
        categories: added.length,
        count: addedValues,
        share: addedValues / candPresent,
        candidatePresent: candPresent,
        top: JSON.stringify(added.slice(0, MAX_CATEGORIES_LISTED).map((a) => [a.level, a.count])),
      },
    );
  }

  // Vanished categories: reference levels absent from the candidate, when their absence is unlikely by chance.
  if (candDistinct === 1 && refDistinct > 1) return; // reported as constant-column
  const vanished: { level: string; count: number }[] = [];
  let vanishedValues = 0;
  for (let i = 0; i < refCounts.length; i++) {
    if (refCounts[i] === 0 || inCandidate[i] === 1) continue;
    const expected = (refCounts[i] / refPresent) * candPresent;
    if (expected < VANISHED_MIN_EXPECTED) continue;
    vanished.push({ level: ref.levels[i], count: refCounts[i] });
    vanishedValues += refCounts[i];
  }
  if (vanished.length > 0) {
    vanished.sort((a, b) => b.count - a.count);
    const listed = vanished
      .slice(0, MAX_CATEGORIES_LISTED)
      .map((v) => `'${v.level}' (${formatShare(v.count / refPresent)} of the reference)`);
    const more = vanished.length - listed.length;
    findings.add(
      'vanished-categories',
      name,
      `${plural(vanished.length, 'category', 'categories')} of '${name}' vanished from the candidate, ${formatShare(vanishedValues / refPresent)} of reference values: ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
      {
        categories: vanished.length,
        referenceCount: vanishedValues,
        referenceShare: vanishedValues / refPresent,
        top: JSON.stringify(
          vanished.slice(0, MAX_CATEGORIES_LISTED).map((v) => [v.level, v.count / refPresent]),
        ),
      },
    );
  }
}

function quoteList(items: readonly string[]): string {
  return items.map((item) => `'${item}'`).join(', ');
}
