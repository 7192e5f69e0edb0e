/**
 * Renders summaries the way GitHub shows them and checks that nothing is wider than 1,000 px, with
 * the preview tool `../shared/tools/preview-summary` (next to the repository's folder; needs
 * cmark-gfm and chromium). Skips with one line when the tool is absent. The rendered samples and
 * screenshots stay in DRIFT_GATE_PREVIEW when it names a directory, for a look by eye:
 *   DRIFT_GATE_PREVIEW=/tmp npx vitest run test/report/preview.test.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderComment, renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { comparedColumn, defaultColumns, HOSTILE_NAMES, makeReport } from './make-report.js';

const TOOL = resolve('..', 'shared', 'tools', 'preview-summary');
const present = existsSync(TOOL);
if (!present) console.log(`preview test skipped: ${TOOL} not found`);

/** The page's body starts 24 px from the left and is 1,000 px wide (GitHub's summary width). */
const RIGHT_EDGE = 24 + 1000;

/** The rightmost column of the screenshot that is not page background. O(pixels). */
function rightmostInk(png: PNG): number {
  let right = -1;
  for (let y = 0; y < png.height; y++) {
    for (let x = png.width - 1; x > right; x--) {
      const at = (y * png.width + x) * 4;
      if (png.data[at] < 250 || png.data[at + 1] < 250 || png.data[at + 2] < 250) {
        right = x;
        break;
      }
    }
  }
  return right;
}

describe.skipIf(!present)('preview as GitHub renders it', () => {
  it('fits the summary in 1,000 px', { timeout: 120_000 }, () => {
    const out = process.env.DRIFT_GATE_PREVIEW ?? mkdtempSync(join(tmpdir(), 'drift-gate-preview-'));
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
    writeFileSync(join(out, 'summary.md'), renderMarkdown(report));
    writeFileSync(join(out, 'comment.md'), renderComment(report));
    writeFileSync(join(out, 'summary.txt'), renderText(report, { color: true, width: 120 }));
    writeFileSync(join(out, 'fail.md'), renderMarkdown(makeReport()));
    for (const name of ['summary', 'fail']) {
      const png = join(out, `${name}.png`);
      execFileSync(TOOL, [join(out, `${name}.md`), png], { stdio: 'ignore' });
      expect(rightmostInk(PNG.sync.read(readFileSync(png)))).toBeLessThanOrEqual(RIGHT_EDGE);
    }
  });
});
