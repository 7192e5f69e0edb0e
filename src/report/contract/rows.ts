/** The row-level part of the report contract: the training-data diff and the critical rows. */
import Type, { type Static } from 'typebox';
import { count, definition, flag, list, nullable, object, oneOf, text } from './common.js';

const keyValues = Type.Array(Type.Array(Type.String({ maxLength: 40 })), { $id: 'keyValues', maxItems: 5 });

const sidesCount = (description?: string) => object({ reference: count(), candidate: count() }, description);

export const RowDiff = definition(
  'diff',
  {
    keyed: flag(),
    key: list(text(), 'The key columns ([] when not keyed).'),
    added: count(
      'Keyed: keys only in the candidate. Not keyed: candidate rows without an equal reference row (with multiplicity).',
    ),
    removed: count(
      'Keyed: keys only in the reference. Not keyed: reference rows without an equal candidate row.',
    ),
    changed: count(
      'Keyed: keys on both sides whose rows differ in some compared column. Not keyed: always 0.',
    ),
    unchanged: count(
      'Keyed: keys on both sides whose rows are equal. Not keyed: rows matched on both sides.',
    ),
    examples: object(
      { added: keyValues, removed: keyValues, changed: keyValues },
      'Up to 5 key values (one string per key column, at most 40 characters, `(missing)` for a missing value) of each kind; empty when not keyed.',
    ),
    changedRows: Type.Array(
      object({
        key: Type.Array(Type.String({ maxLength: 40 })),
        cells: Type.Array(
          object({
            column: text(),
            reference: Type.String({ maxLength: 40 }),
            candidate: Type.String({ maxLength: 40 }),
          }),
          { maxItems: 5 },
        ),
        moreColumns: count('Further changed columns of this row, not listed in `cells`.'),
      }),
      {
        maxItems: 5,
        description:
          'Keyed: the first changed rows (candidate order, at most 5), each with its key values and, per changed column (in column order, at most 5), the reference and candidate values as text: numbers as written, datetimes as `2016-01-01` (or `2016-01-01 12:30`), `(missing)` for a missing value, at most 40 characters. Empty when not keyed.',
      },
    ),
    changedColumns: list(
      object({ column: text(), rows: Type.Integer({ minimum: 1 }) }),
      'Keyed: per compared column, how many changed rows differ in it; most first, columns without changes left out.',
    ),
    target: nullable(text(), 'The `target` setting, or null.'),
    labelFlips: Type.Array(object({ from: text(), to: text(), count: Type.Integer({ minimum: 1 }) }), {
      maxItems: 10,
      description:
        'Keyed with a target: the most frequent changes of the target on rows present on both sides (at most 10).',
    }),
    duplicateKeys: sidesCount("Rows whose key equals an earlier row's key on the same side."),
    duplicateRows: nullable(
      sidesCount(),
      'Rows equal (over the compared columns) to an earlier row on the same side; null when not checked.',
    ),
    comparedColumns: count(
      'Columns present on both sides whose rows were compared (the key columns included).',
    ),
    uncomparedColumns: list(
      text(),
      'Columns present on both sides that could not be compared cell by cell (values not kept, e.g. an identifier column configured as such).',
    ),
  },
  'The training-data diff (src/checks/rows/rows.ts). Keyed (setting `key`): rows are matched by their key and counts are of distinct keys (a key repeated on a side is matched by its first row and counted in `duplicateKeys`). Without a key: rows are whole records and `added`/`removed` are the multiset difference (a row twice in the candidate and once in the reference is one added row).',
);
export interface RowDiff extends Static<typeof RowDiff> {}

export const CriticalReport = definition(
  'critical',
  {
    entries: list(text(), 'The `critical` entries as given.'),
    unmatched: list(text(), 'Entries that matched no reference row.'),
    keyed: flag('Whether rows were matched by `key` (else as whole rows: a changed row counts as removed).'),
    rows: count('Reference rows selected as critical.'),
    removed: count(
      'Critical rows with no match in the candidate (keyed: key absent; not keyed: no equal row).',
    ),
    changed: count('Keyed: critical rows whose key is in the candidate with some cell changed.'),
    examples: list(
      object({ row: text(), status: oneOf(['removed', 'changed']), columns: list(text()) }),
      'Up to 20 removed or changed rows: key values (or `line N` of the reference) and the changed columns.',
    ),
  },
  'Critical rows (setting `critical`): reference rows that must stay present and unchanged in the candidate; any removed or changed fails the run unless fail-on is never.',
);
export interface CriticalReport extends Static<typeof CriticalReport> {}
