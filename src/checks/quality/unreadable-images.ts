/**
 * `unreadable-images`: images that could not be read were skipped; one finding per side, naming
 * up to three of them. Made from the image check's report, not from the Tables. Message worded here.
 */
import type { ImagesReport, QualityFinding } from '../../report/model.js';
import { qualityFinding } from './finding.js';

export function unreadableImages(images: ImagesReport | undefined): QualityFinding[] {
  if (!images) return [];
  return [images.reference, images.candidate]
    .filter((side) => side.unreadable > 0)
    .map((side) =>
      qualityFinding(
        'unreadable-images',
        null,
        `${side.unreadable} image${side.unreadable === 1 ? '' : 's'} in ${side.source} could not be read and ${side.unreadable === 1 ? 'was' : 'were'} skipped: ${side.errors
          .slice(0, 3)
          .map((e) => `${e.name} (${e.message})`)
          .join('; ')}${side.unreadable > 3 ? '; ...' : ''}`,
        { unreadable: side.unreadable, read: side.images },
      ),
    );
}
