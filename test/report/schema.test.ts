import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema, reportSchemaText } from '../../src/report/contract/json-schema.js';
import { makeReport } from './make-report.js';

const validate = new Ajv({ allErrors: true, validateFormats: false, allowUnionTypes: true }).compile(
  reportJsonSchema(),
);
const errors = (value: unknown) =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Every .ts file under a folder, recursively. */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('report schema, generated from src/report/contract/', () => {
  it('docs/report.schema.json is what the declaration generates (run `npm run schema` after changing it)', () => {
    expect(readFileSync('docs/report.schema.json', 'utf8')).toBe(reportSchemaText());
  });

  it('a complete report validates, and the schema keeps its strictness', () => {
    const report = clone(makeReport());
    expect(errors(report)).toEqual([]);

    const extraField = clone(report) as unknown as { columns: Record<string, unknown>[] };
    extraField.columns[0].surprise = 1;
    expect(errors(extraField)).toContain('/columns/0 must NOT have additional properties');

    const missingRequired = clone(report) as unknown as { columns: Record<string, unknown>[] };
    delete missingRequired.columns[0].pValue;
    expect(errors(missingRequired)).toContain("/columns/0 must have required property 'pValue'");

    const badEnum = clone(report) as unknown as { verdict: string };
    badEnum.verdict = 'warning';
    expect(errors(badEnum)).toContain('/verdict must be equal to one of the allowed values');

    const share = clone(report);
    share.dataset.driftShare = 1.5;
    expect(errors(share)).toContain('/dataset/driftShare must be <= 1');

    const fraction = clone(report);
    fraction.reference.rows = 2.5;
    expect(errors(fraction)).toContain('/reference/rows must be integer');

    const nullable = clone(report);
    nullable.columns[0].reason = null;
    nullable.columns[0].pValue = null;
    expect(errors(nullable)).toEqual([]);
  });

  it('the multivariate and image sections are checked per status (ok or skipped)', () => {
    const common = {
      columns: ['a', 'b'],
      excludedColumns: [{ name: 'id', reason: 'an identifier' }],
      rows: {
        referenceRows: 60,
        candidateRows: 20,
        referenceUsed: 60,
        candidateUsed: 20,
        subsampled: false,
        note: null,
      },
      varianceShare: 0.65,
      trainShare: 0.7,
      seed: 20240601,
    };
    const skipped = {
      status: 'skipped',
      ...common,
      reason: 'too few rows',
      drift: false,
      outcome: 'pass',
      explanation: 'skipped.',
    };
    expect(errors(clone({ ...makeReport(), multivariate: skipped }))).toEqual([]);
    expect(errors(clone({ ...makeReport(), multivariate: { ...skipped, outcome: 'warn' } }))).not.toEqual([]);
    expect(errors(clone({ ...makeReport(), multivariate: { ...skipped, drift: true } }))).not.toEqual([]);
    expect(errors(clone({ ...makeReport(), multivariate: { ...skipped, status: 'ok' } }))).not.toEqual([]);
  });

  it('describes what model.ts documented (descriptions survive the generation)', () => {
    const schema = reportJsonSchema() as {
      description: string;
      definitions: Record<
        string,
        { description?: string; properties: Record<string, { description?: string }> }
      >;
    };
    expect(schema.definitions.score.properties.passed.description).toBe(
      'Whether this score alone is past its threshold (adjusted p < alpha; distance >= threshold).',
    );
    expect(schema.definitions.diff.description).toMatch(/^The training-data diff/);
    expect(schema.description).toMatch(/drift-gate/);
  });

  it('nothing outside src/report/contract/ loads the schema library at run time (the bundle stays without it)', () => {
    const runtimeImport = /^(?:import|export)\s+(?!type\b)[^;]*from\s+'([^']+)'/gm;
    const offenders: string[] = [];
    for (const file of sources('src')) {
      if (file.startsWith(path.join('src', 'report', 'contract'))) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(runtimeImport)) {
        const target = match[1];
        if (target === 'typebox' || target.startsWith('typebox/') || target.includes('/contract/')) {
          offenders.push(`${file}: ${target}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
