/**
 * Thumbnails for the HTML report (pixels are not in the JSON report): the worst-reconstructed
 * candidate images and an evenly spaced sample of reference images, from the gray pixels already
 * resized for the reconstruction test, encoded as small PNG data URIs with pngjs. O(count * size²).
 */
import { PNG } from 'pngjs';
import type { ImageThumbnail, ImageThumbnails } from '../report/html.js';
import type { WorstImage } from '../report/model.js';
import type { ImageRecord, ImageSet } from './read.js';

/** Reference images shown beside the worst candidate images. */
export const REFERENCE_THUMBNAILS = 10;

/** A gray image (values in [0, 1], row-major, size x size) as a PNG data URI. */
export function grayPngDataUri(pixels: Float32Array, size: number): string {
  const png = new PNG({ width: size, height: size, colorType: 0 });
  for (let i = 0; i < size * size; i++) {
    const v = Math.round(Math.min(1, Math.max(0, pixels[i] ?? 0)) * 255);
    png.data[i * 4] = v;
    png.data[i * 4 + 1] = v;
    png.data[i * 4 + 2] = v;
    png.data[i * 4 + 3] = 255;
  }
  return `data:image/png;base64,${PNG.sync.write(png, { colorType: 0 }).toString('base64')}`;
}

function thumbnail(image: ImageRecord, size: number): ImageThumbnail {
  return { name: image.name, dataUri: grayPngDataUri(image.pixels, size) };
}

/** The worst images (by name, in the report's order) and REFERENCE_THUMBNAILS reference images spread over the set. */
export function imageThumbnails(
  reference: ImageSet,
  candidate: ImageSet,
  worst: readonly WorstImage[],
): ImageThumbnails {
  const byName = new Map(candidate.images.map((image) => [image.name, image]));
  const worstThumbs = worst.flatMap((w) => {
    const image = byName.get(w.name);
    return image ? [thumbnail(image, candidate.size)] : [];
  });
  const count = Math.min(REFERENCE_THUMBNAILS, reference.images.length);
  const referenceThumbs = Array.from({ length: count }, (_, k) =>
    thumbnail(reference.images[Math.floor((k * reference.images.length) / count)], reference.size),
  );
  return { worst: worstThumbs, reference: referenceThumbs };
}
