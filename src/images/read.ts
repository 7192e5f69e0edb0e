/**
 * Reading a folder of images (recursively, PNG and JPEG by extension, sorted by relative path) into
 * an ImageSet: per image its file name, size, format, the brightness / contrast / dark and bright
 * shares of the full-resolution gray image, and the gray pixels resized to size x size in [0, 1].
 * A file that cannot be read or decoded is counted and named in `errors` and skipped; a missing or
 * empty folder is a UserInputError naming the path.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserInputError } from '../errors.js';
import { expandPattern } from '../inputs/locate.js';
import { decodeGray, type ImageFormat } from './decode.js';
import { resizeArea } from './resize.js';

export interface ImageRecord {
  /** Path relative to the folder, with forward slashes. */
  name: string;
  /** Size of the original image. */
  width: number;
  height: number;
  /** From the file's header (not its extension). */
  format: ImageFormat;
  /** Mean gray value of the original image, in [0, 1]. */
  brightness: number;
  /** Standard deviation of the original gray values (population), in [0, 0.5]. */
  contrast: number;
  /** Share of original pixels darker than DARK_BELOW. */
  darkShare: number;
  /** Share of original pixels brighter than BRIGHT_ABOVE. */
  brightShare: number;
  /** Gray pixels resized to size x size, row-major, in [0, 1]. */
  pixels: Float32Array;
}

export interface ImageReadError {
  name: string;
  message: string;
}

export interface ImageSet {
  /** The folder as given. */
  source: string;
  /** Side of the resized square images. */
  size: number;
  /** Readable images, sorted by name. */
  images: ImageRecord[];
  /** Files with an image extension that could not be read or decoded, sorted by name. */
  errors: ImageReadError[];
  /** Files in the folder without a PNG or JPEG extension (not read). */
  ignoredFiles: number;
}

export interface ReadImageOptions {
  /** Side of the square the images are resized to (default 28). */
  readonly size?: number;
  /** Files read at once (default 16). */
  readonly concurrency?: number;
}

export const DEFAULT_IMAGE_SIZE = 28;
export const DARK_BELOW = 0.2;
export const BRIGHT_ABOVE = 0.8;
const IMAGE_EXTENSION = /\.(png|jpe?g)$/i;
/** The extensions of the images drift-gate reads, for messages. */
export const IMAGE_FILE_EXTENSIONS: readonly string[] = ['.png', '.jpg', '.jpeg'];

/** Whether a file name (or a glob pattern) ends in an image extension (PNG or JPEG). */
export function isImageFileName(name: string): boolean {
  return IMAGE_EXTENSION.test(name);
}

/** Reads every PNG and JPEG under `folder`. */
export async function readImageFolder(folder: string, options: ReadImageOptions = {}): Promise<ImageSet> {
  const size = imageSize(options);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(folder);
  } catch {
    throw new UserInputError(`image folder not found: ${folder}`, { file: folder });
  }
  if (!info.isDirectory()) throw new UserInputError(`not a folder of images: ${folder}`, { file: folder });
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const names: string[] = [];
  let ignoredFiles = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (IMAGE_EXTENSION.test(entry.name)) names.push(relative);
    else ignoredFiles++;
  }
  if (names.length === 0) {
    throw new UserInputError(`no PNG or JPEG images in ${folder} (searched recursively)`, { file: folder });
  }
  return readImageFiles(folder, folder, names, ignoredFiles, size, options.concurrency);
}

/**
 * Reads the PNG and JPEG files matching a glob pattern (Node's fs.glob: `*`, `**`, `?`, `[...]`)
 * under `root`, e.g. `data/images/*.png`; with `confineToRoot` every match is checked to lie inside
 * the root (real paths) before any file is read (see expandPattern). Files without an image
 * extension are counted as ignored; no match is a UserInputError naming the pattern.
 */
export async function readImageGlob(
  pattern: string,
  root: string,
  options: ReadImageOptions & { readonly confineToRoot?: boolean; readonly what?: string } = {},
): Promise<ImageSet> {
  const size = imageSize(options);
  const files = await expandPattern(pattern, options.what ?? 'pattern', {
    root,
    confineToRoot: options.confineToRoot ?? false,
  });
  const names = files.filter((name) => IMAGE_EXTENSION.test(name));
  const ignoredFiles = files.length - names.length;
  if (names.length === 0)
    throw new UserInputError(`no PNG or JPEG images match ${pattern}`, { file: pattern });
  return readImageFiles(pattern, root, names, ignoredFiles, size, options.concurrency);
}

function imageSize(options: ReadImageOptions): number {
  const size = options.size ?? DEFAULT_IMAGE_SIZE;
  if (!Number.isInteger(size) || size < 2 || size > 512) {
    throw new UserInputError(`image size must be an integer from 2 to 512, got ${size}`);
  }
  return size;
}

/** Reads `names` (relative to `folder`), sorted by name; unreadable files become errors. */
async function readImageFiles(
  source: string,
  folder: string,
  names: string[],
  ignoredFiles: number,
  size: number,
  concurrencyOption: number | undefined,
): Promise<ImageSet> {
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const results = new Array<ImageRecord | ImageReadError>(names.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const index = next++;
      results[index] = await readOne(folder, names[index], size);
    }
  };
  const concurrency = Math.max(1, Math.min(concurrencyOption ?? 16, names.length));
  await Promise.all(Array.from({ length: concurrency }, worker));

  const images: ImageRecord[] = [];
  const errors: ImageReadError[] = [];
  for (const result of results) {
    if ('pixels' in result) images.push(result);
    else errors.push(result);
  }
  return { source, size, images, errors, ignoredFiles };
}

async function readOne(folder: string, name: string, size: number): Promise<ImageRecord | ImageReadError> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(folder, name));
  } catch (error) {
    return { name, message: `unreadable: ${(error as Error).message}` };
  }
  try {
    const image = decodeGray(bytes);
    const { gray } = image;
    let sum = 0;
    let dark = 0;
    let bright = 0;
    for (const value of gray) {
      sum += value;
      if (value < DARK_BELOW) dark++;
      else if (value > BRIGHT_ABOVE) bright++;
    }
    const n = gray.length;
    const brightness = sum / n;
    let squares = 0;
    for (const value of gray) squares += (value - brightness) ** 2;
    return {
      name,
      width: image.width,
      height: image.height,
      format: image.format,
      brightness,
      contrast: Math.sqrt(squares / n),
      darkShare: dark / n,
      brightShare: bright / n,
      pixels: resizeArea(gray, image.width, image.height, size),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { name, message: `not a readable image: ${message}` };
  }
}
