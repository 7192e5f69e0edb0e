/**
 * `schema` findings: columns that disappeared from the candidate or appeared in it. Made from the
 * column reports (no `values`). Messages worded here.
 */
import type { ColumnReport, QualityFinding } from '../../report/model.js';
import type { UnknownColumn } from '../plan.js';
import { QUALITY_CHECKS } from './registry.js';

/** One finding per one-sided column: missing from the candidate is an error (the target: a note), a new column a warning. */
export function schemaFindings(columns: readonly ColumnReport[]): QualityFinding[] {
  const findings: QualityFinding[] = [];
  for (const column of columns) {
    if (column.status === 'missing-in-candidate' && column.role === 'target') {
      // Labels often arrive later than the data: no labels yet is a note, not broken data.
      findings.push({
        check: 'schema',
        column: column.name,
        severity: 'info',
        message: `target column '${column.name}' is missing from the candidate (no labels yet): target drift and candidate performance are not tested`,
      });
    } else if (column.status === 'missing-in-candidate') {
      findings.push({
        check: 'schema',
        column: column.name,
        severity: QUALITY_CHECKS.schema.defaultSeverity,
        message: `column '${column.name}' is missing from the candidate`,
      });
    } else if (column.status === 'missing-in-reference') {
      findings.push({
        check: 'schema',
        column: column.name,
        severity: 'warning',
        message: `column '${column.name}' is new in the candidate`,
      });
    }
  }
  return findings;
}

/** What a name in each setting that no column has comes to, for the message. */
const UNKNOWN_COLUMN_EFFECT: Readonly<Record<UnknownColumn['setting'], string>> = {
  'ignore-columns': 'nothing is ignored for it',
  'column-settings': 'its settings apply to no column',
};

/**
 * One warning per column name a setting gives that neither file has (`ignore-columns: [Foo]`,
 * `column-settings: { Foo: ... }`): naming a column that does not exist is allowed (one
 * configuration may serve several datasets) but is probably a typo, so the finding names the
 * nearest column.
 */
export function unknownColumnFindings(unknown: readonly UnknownColumn[]): QualityFinding[] {
  return unknown.map(({ setting, name, nearest }) => ({
    check: 'schema',
    column: null,
    severity: 'warning',
    message: `'${setting}' names '${name}', a column in neither file${nearest === null ? '' : ` (did you mean '${nearest}'?)`}: ${UNKNOWN_COLUMN_EFFECT[setting]}`,
    values: { setting, column: name, nearest },
  }));
}
