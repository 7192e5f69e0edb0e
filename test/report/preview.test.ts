/**
 * Writes rendered samples for a visual check when DRIFT_GATE_PREVIEW names a directory:
 *   DRIFT_GATE_PREVIEW=/tmp npx vitest run test/report/preview.test.ts
 *   /work/shared/tools/preview-summary /tmp/summary.md /tmp/summary.png
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { renderComment, renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { comparedColumn, defaultColumns, HOSTILE_NAMES, makeReport } from './make-report.js';

const dir = process.env.DRIFT_GATE_PREVIEW;

describe.skipIf(!dir)('preview', () => {
  it('writes samples', () => {
    const columns = [
      ...defaultColumns(),
      ...HOSTILE_NAMES.map((name, i) =>
        comparedColumn({ name, drift: i === 0, pValue: 0.001 * i, effect: 0.05 + 0.02 * i }),
      ),
    ];
    for (let i = 0; i < 12; i++) {
      columns.push(comparedColumn({ name: `feature_${i}`, pValue: 0.3 + i / 50, effect: 0.01 * i }));
    }
    const report = makeReport({ columns });
    const out = dir as string;
    writeFileSync(join(out, 'summary.md'), renderMarkdown(report));
    writeFileSync(join(out, 'comment.md'), renderComment(report));
    writeFileSync(join(out, 'summary.txt'), renderText(report, { color: true, width: 120 }));
    writeFileSync(join(out, 'fail.md'), renderMarkdown(makeReport()));
    const many = [...defaultColumns()];
    for (let i = 0; i < 60; i++)
      many.push(comparedColumn({ name: `sensor_${i}`, pValue: 0.5, effect: 0.01 }));
    writeFileSync(
      join(out, 'truncated.md'),
      renderMarkdown(makeReport({ columns: many }), { maxBytes: 9000 }),
    );
    writeFileSync(
      join(out, 'pass.md'),
      renderMarkdown(makeReport({ columns: defaultColumns().map((c) => ({ ...c, drift: false })) })),
    );
  });
});
