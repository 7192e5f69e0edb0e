/**
 * Decoding PNG and JPEG files to grayscale with pure-JS decoders (pngjs, jpeg-js: no native
 * binaries). Gray = (299 R + 587 G + 114 B) / 1000 (ITU-R 601-2 luma, as Pillow's convert('L')),
 * alpha ignored (as Pillow), scaled to [0, 1].
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

export type ImageFormat = 'png' | 'jpeg';

export interface GrayImage {
  format: ImageFormat;
  width: number;
  height: number;
  /** width * height gray values in [0, 1], row-major. */
  gray: Float32Array;
}

/** Largest image decoded, in megapixels (a guard against decompression bombs). */
export const MAX_MEGAPIXELS = 100;

/** The format from the file's first bytes, or null when it is neither PNG nor JPEG. */
export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return 'png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

/** Decodes a PNG or JPEG file's bytes to grayscale. Throws an Error with a short reason on bad input. */
export function decodeGray(bytes: Uint8Array): GrayImage {
  const format = sniffFormat(bytes);
  if (format === null) throw new Error('not a PNG or JPEG file (unrecognised header)');
  let width: number;
  let height: number;
  let rgba: Uint8Array;
  if (format === 'png') {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    width = png.width;
    height = png.height;
    rgba = png.data;
  } else {
    const image = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: MAX_MEGAPIXELS,
      maxMemoryUsageInMB: 1024,
    });
    width = image.width;
    height = image.height;
    rgba = image.data;
  }
  const pixels = width * height;
  if (!(pixels > 0) || rgba.length < pixels * 4)
    throw new Error(`decoded to no pixels (${width} x ${height})`);
  const gray = new Float32Array(pixels);
  for (let i = 0, p = 0; i < pixels; i++, p += 4) {
    gray[i] = (299 * rgba[p] + 587 * rgba[p + 1] + 114 * rgba[p + 2]) / 255_000;
  }
  return { format, width, height, gray };
}
