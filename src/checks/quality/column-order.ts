/**
 * `column-order`: the columns both sides share (and that are compared) are in a different order.
 * One finding naming the first moved column. Message worded here. O(columns).
 */
import type { DatasetContext, Emit } from './context.js';
import { plural } from './util.js';

export function columnOrder({ reference, candidate, columns }: DatasetContext, emit: Emit): void {
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
  emit(
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
