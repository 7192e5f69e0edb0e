/**
 * The image check's sentences (src/images/lenses.ts hands over the lenses as data): lens names,
 * what each lens saw, the check's conclusion with the sample-size sentence, and the constant
 * properties. Beside wording.ts as accept-wording.ts is; numbers come from format.ts. Pure.
 */
import {
  formatClassShare,
  formatCount,
  formatError,
  formatMeasure,
  formatNumber,
  formatPercent,
  formatPValue,
  formatShare,
  formatSignedPercent,
  plural,
} from './format.js';
import type { ConstantProperty, ImageLens, ImageLensId } from './model.js';

/** What each image lens saw, in words (src/images/lenses.ts). */
const IMAGE_LENS_NAMES: Readonly<Record<ImageLensId, string>> = {
  reconstruction: 'mean reconstruction error',
  exceedance: 'images reconstructed worse than 95% of the reference',
  flatness: 'images losing their perfectly flat areas',
  summaries: 'image summaries',
  pca: 'principal-component scores',
  'class-shares': 'class shares',
  'class-reconstruction': 'reconstruction error per class',
};

/** A lens's name in words, e.g. for a table row. */
export function imageLensName(id: ImageLensId): string {
  return IMAGE_LENS_NAMES[id];
}

/** What a lens measured, as a short phrase with its numbers (no p-value). */
export function imageLensFinding(lens: ImageLens): string {
  const quoted = lens.strongest === null ? '' : `'${lens.strongest}'`;
  switch (lens.id) {
    case 'reconstruction':
      return `mean reconstruction error ${formatError(lens.candidateValue ?? 0)} vs ${formatError(lens.referenceValue ?? 0)}${lens.statistic === null ? '' : ` (${formatSignedPercent(lens.statistic * 100)})`}`;
    case 'exceedance':
      return `${formatShare(lens.candidateValue)} of candidate images reconstructed worse than 95% of held-out reference images (${formatShare(lens.referenceValue)} expected)`;
    case 'flatness':
      return `${formatShare(lens.candidateValue)} of candidate images have fewer perfectly flat pixels than 95% of reference images (${formatShare(lens.referenceValue)} expected): fine noise or grain`;
    case 'summaries':
      return `${quoted} moved most (KS D ${formatNumber(lens.statistic)}, mean ${formatMeasure(lens.referenceValue ?? 0)} -> ${formatMeasure(lens.candidateValue ?? 0)})`;
    case 'pca':
      return `${lens.strongest ?? 'a component'} scores moved most (KS D ${formatNumber(lens.statistic)})`;
    case 'class-shares':
      return `class ${quoted} ${formatClassShare(lens.referenceValue ?? 0)} -> ${formatClassShare(lens.candidateValue ?? 0)}`;
    case 'class-reconstruction':
      return `class ${quoted} reconstructed ${formatSignedPercent((lens.statistic ?? 0) * 100)} worse (${formatError(lens.candidateValue ?? 0)} vs ${formatError(lens.referenceValue ?? 0)})`;
  }
}

/**
 * The image check's conclusion after the reconstruction sentence: which lenses fired (with their
 * findings and Holm-adjusted p-values), or that none did, and then how large a change this many
 * candidate images could have shown (so that "no drift" is not read as "no change").
 */
export function imageCheckConclusion(check: {
  lenses: readonly ImageLens[];
  alpha: number;
  candidateImages: number;
  detectableIncrease: number | null;
  detectableBeyond: number | null;
}): string {
  const ran = check.lenses.filter((lens) => lens.status === 'ok');
  const fired = ran.filter((lens) => lens.fired);
  const level = `Holm-corrected, false-alarm rate ${formatPercent(check.alpha)}`;
  if (fired.length > 0) {
    const findings = fired.map((lens) => {
      const what = lens.strongest === null ? '' : `, ${imageLensFinding(lens)}`;
      return `${imageLensName(lens.id)} (adjusted p ${formatPValue(lens.adjustedPValue)}${what})`;
    });
    return `Image drift seen by ${formatCount(fired.length)} of ${plural(ran.length, 'lens', 'lenses')} (${level}): ${findings.join('; ')}.`;
  }
  const seen: string[] = [];
  if (check.detectableIncrease !== null)
    seen.push(
      `a mean reconstruction-error increase of ${formatSignedPercent(check.detectableIncrease * 100)} or more`,
    );
  if (check.detectableBeyond !== null)
    seen.push(
      `${formatCount(check.detectableBeyond)} or more of them reconstructed worse than 95% of the reference`,
    );
  const honest =
    seen.length > 0
      ? ` With ${plural(check.candidateImages, 'candidate image')}, the reconstruction lenses could only have seen ${seen.join(', or ')}: no drift found is not proof of no change.`
      : '';
  return `None of the ${plural(ran.length, 'image lens', 'image lenses')} fired (${level}).${honest}`;
}

/**
 * The properties every image shares, once: `all images 28 x 28, png` (width, height and aspect
 * ratio folded into the size), other constant properties as `name value`.
 */
export function constantPropertiesText(constant: readonly ConstantProperty[]): string {
  if (constant.length === 0) return '';
  const byName = new Map(constant.map((c) => [c.name, c.value]));
  const parts: string[] = [];
  const size = byName.get('size');
  if (size !== undefined) parts.push(size.replace('x', ' x '));
  else {
    for (const name of ['width', 'height', 'aspect_ratio'])
      if (byName.has(name)) parts.push(`${name.replace('_', ' ')} ${byName.get(name)}`);
  }
  const format = byName.get('format');
  if (format !== undefined) parts.push(format.toUpperCase());
  const folded = new Set([
    'size',
    'format',
    ...(size !== undefined ? ['width', 'height', 'aspect_ratio'] : []),
  ]);
  for (const c of constant)
    if (!folded.has(c.name) && !(size === undefined && ['width', 'height', 'aspect_ratio'].includes(c.name)))
      parts.push(`${c.name.replace('_', ' ')} ${c.value}`);
  return `All images ${parts.join(', ')} (the same on both sides: not compared as columns).`;
}

/** The explanation of a skipped image check: `Image reconstruction check skipped: <reason>.` and the unreadable images' sentence. */
export function imageCheckSkippedText(reason: string, unreadable: string): string {
  return `Image reconstruction check skipped: ${reason}.${unreadable}`;
}

/**
 * ` 2 unreadable reference images skipped (a.png, b.png); 1 unreadable candidate image skipped
 * (c.png).` (with a leading space), naming at most 3 images a side (`names`); empty when none.
 */
export function unreadableImagesText(
  sides: readonly { side: 'reference' | 'candidate'; count: number; names: readonly string[] }[],
): string {
  const parts = sides
    .filter(({ count }) => count > 0)
    .map(({ side, count, names }) => {
      const more = count > names.length ? `, and ${count - names.length} more` : '';
      return `${count} unreadable ${side} image${count > 1 ? 's' : ''} skipped (${names.join(', ')}${more})`;
    });
  return parts.length > 0 ? ` ${parts.join('; ')}.` : '';
}
