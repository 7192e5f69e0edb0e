/** The markdown summary's whole-dataset section: the image reconstruction and the multivariate check. */
import {
  formatCount,
  formatError,
  formatNumber,
  formatPValue,
  formatSetting,
  formatSignedPercent,
} from '../format.js';
import { constantPropertiesText, imageLensFinding, imageLensName } from '../image-wording.js';
import type { ImagesOk, Report } from '../model.js';
import { cell, MAX_MESSAGE } from './cells.js';

/** Worst-reconstructed images listed in the summary. */
const WORST_LISTED = 10;

function jointIcon(check: { status: string; outcome: string }): string {
  if (check.status === 'skipped') return '⏭️';
  return check.outcome === 'fail' ? '🔴' : check.outcome === 'warn' ? '⚠️' : '✅';
}

/** The multivariate check and, for image folders, the reconstruction error on pixels with the worst images. */
export function jointSection(report: Report): string {
  const out: string[] = [];
  const images = report.images;
  if (images) {
    out.push('### Images\n\n', `${jointIcon(images)} ${cell(images.explanation, MAX_MESSAGE)}\n\n`);
    const unreadable = (side: typeof images.reference) =>
      side.unreadable === 0
        ? '0'
        : `${formatCount(side.unreadable)}: ${side.errors
            .slice(0, 3)
            .map((e) => cell(e.name, 60))
            .join(', ')}${side.unreadable > 3 ? ', …' : ''}`;
    out.push(
      `| | reference | candidate |\n|---|--:|--:|\n`,
      `| images read (${formatCount(images.size)}×${formatCount(images.size)} gray) | ${formatCount(images.reference.images)} | ${formatCount(images.candidate.images)} |\n`,
      `| unreadable (skipped) | ${unreadable(images.reference)} | ${unreadable(images.candidate)} |\n`,
    );
    if (images.status === 'ok') {
      const r = images.reconstruction;
      const change =
        r.relativeIncreasePercent === null ? '' : ` (${formatSignedPercent(r.relativeIncreasePercent)})`;
      out.push(
        `| mean reconstruction error | ${formatError(r.baselineMeanError)} (held out) | ${formatError(r.candidateMeanError)}${change} |\n\n`,
      );
      out.push(lensTable(images));
      if (images.worst.length > 0) {
        out.push('Worst-reconstructed candidate images:\n\n| image | error | × baseline |\n|---|--:|--:|\n');
        for (const w of images.worst.slice(0, WORST_LISTED)) {
          out.push(
            `| ${cell(w.name, 120)} | ${formatError(w.error)} | ${w.ratioToBaseline === null ? '—' : formatNumber(w.ratioToBaseline)} |\n`,
          );
        }
      }
    }
    if (images.constantProperties.length > 0)
      out.push(`\n${cell(constantPropertiesText(images.constantProperties), MAX_MESSAGE)}\n`);
    out.push('\n');
  }
  const multivariate = report.multivariate;
  if (multivariate) {
    out.push(
      '### Multivariate check\n\n',
      `${jointIcon(multivariate)} ${cell(multivariate.explanation, MAX_MESSAGE)}`,
    );
    if (multivariate.columns.length > 0) {
      out.push(` Columns: ${formatCount(multivariate.columns.length)} used`);
      if (multivariate.excludedColumns.length > 0)
        out.push(`, ${formatCount(multivariate.excludedColumns.length)} left out`);
      out.push('.');
    }
    if (multivariate.rows.note) out.push(` ${cell(multivariate.rows.note, MAX_MESSAGE)}`);
    out.push('\n\n');
  }
  return out.join('');
}

/** The image lenses: what each saw, its Holm-adjusted p-value, whether it fired (skipped ones say why). */
function lensTable(images: ImagesOk): string {
  const rows = images.lenses.map((lens) => {
    const mark = lens.status === 'skipped' ? '⏭️' : lens.fired ? '🔴' : '✅';
    const finding = lens.status === 'skipped' ? `skipped: ${lens.reason ?? ''}` : imageLensFinding(lens);
    return `| ${imageLensName(lens.id)} | ${formatCount(lens.tests)} | ${formatPValue(lens.adjustedPValue)} | ${mark} | ${cell(finding, 200)} |\n`;
  });
  return (
    `Lenses (Holm-corrected across lenses; the check drifts when any fires at alpha ${formatSetting(images.alpha)}):\n\n` +
    '| lens | tests | adjusted p | fired | what it saw |\n|---|--:|--:|:-:|---|\n' +
    `${rows.join('')}\n`
  );
}
