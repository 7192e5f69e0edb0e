/**
 * `type-change`: a column whose type changed between the sides: inferred types differ; a numeric
 * (date) column whose candidate holds text (typed categorical on both sides, since types are
 * inferred from both together); or a configured numeric/datetime column whose candidate text the
 * loader coerced to missing. Message worded here. Cost: O(levels) or O(coerced cells).
 */
import type { CategoricalColumn } from '../../data/table.js';
import { isCategoricalColumn, isNumericColumn } from '../../data/table.js';
import type { ColumnContext, Emit } from './context.js';
import { formatShare, isDateText, isNumberText, levelCounts, plural, quoteList } from './util.js';

export function typeChange(ctx: ColumnContext, emit: Emit): void {
  const { name, reference: ref, candidate: cand, coerced } = ctx;
  if (ref.type === 'empty' || cand.type === 'empty') return;
  if (ref.type !== cand.type) {
    emit(`'${name}' changed type: ${ref.type} in the reference, ${cand.type} in the candidate`, {
      referenceType: ref.type,
      candidateType: cand.type,
    });
    return;
  }
  // Types are inferred from both sides together: a numeric (or date) column whose candidate holds
  // text is typed categorical on both sides. The reference then holds only number (date) text.
  if (ref.type === 'categorical' && isCategoricalColumn(ref) && isCategoricalColumn(cand)) {
    const was = textKind(ref);
    if (was === null) return;
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
    if (otherCount === 0) return;
    other.sort((a, b) => b.count - a.count);
    const examples = other.slice(0, 3).map((o) => o.level);
    emit(
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
    return;
  }
  // A column configured as numeric or datetime: text the loader could not read was coerced to missing.
  if (isNumericColumn(ref) && coerced.candidate && !coerced.reference) {
    const { count, examples } = coerced.candidate;
    const was = ref.type === 'numeric' ? 'numeric' : 'datetime';
    const atLeast = coerced.candTruncated ? 'at least ' : '';
    emit(
      `'${name}': ${was} became text: ${atLeast}${plural(count, 'candidate value')} ${count === 1 ? 'is' : 'are'} not ${was === 'numeric' ? 'a number' : 'a date'} (e.g. ${quoteList(examples)}) and ${count === 1 ? 'was' : 'were'} counted as missing; the reference has none`,
      {
        referenceType: was,
        candidateType: 'text',
        nonMatching: count,
        countIsLowerBound: coerced.candTruncated ? 1 : 0,
        examples: JSON.stringify(examples),
      },
    );
  }
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
