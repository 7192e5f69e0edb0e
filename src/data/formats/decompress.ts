/**
 * gzip and zstd decompression of a data file (node:zlib; zstd since Node 22.15/24), streamed in
 * chunks with a cap on the decompressed size, so a small hostile file cannot expand to fill the
 * memory (a "decompression bomb"): past MAX_DECOMPRESSED_BYTES it stops with a UserInputError.
 * A corrupt or truncated stream is a UserInputError naming the file.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { UserInputError } from '../../errors.js';
import type { Compression } from './detect.js';

/**
 * The most decompressed bytes read from one file: 2 GiB. In-process reading holds the data in
 * memory anyway (a 2 GiB CSV is about 15M rows x 20 columns); larger data belongs in a profile
 * computed where it lives.
 */
export const MAX_DECOMPRESSED_BYTES = 2 * 1024 ** 3;

const NAMES: Readonly<Record<Exclude<Compression, 'none'>, string>> = { gzip: 'gzip', zstd: 'zstd' };

class TooLarge extends Error {}

function sizeText(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GiB` : `${bytes / 1024 ** 2} MiB`;
}

/**
 * The decompressed content of `bytes`. O(output) time; memory the output plus one chunk (chunks
 * are copied into one buffer grown by doubling, capped at `cap`).
 */
export async function decompress(
  bytes: Uint8Array,
  compression: Exclude<Compression, 'none'>,
  label: string,
  cap: number = MAX_DECOMPRESSED_BYTES,
): Promise<Uint8Array> {
  let out = new Uint8Array(Math.min(cap, Math.max(64 * 1024, bytes.length * 4)));
  let length = 0;
  const decoder = compression === 'gzip' ? createGunzip() : createZstdDecompress();
  const sink = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      if (length + chunk.length > cap) throw new TooLarge();
      if (length + chunk.length > out.length) {
        const grown = new Uint8Array(Math.min(cap, Math.max(out.length * 2, length + chunk.length)));
        grown.set(out.subarray(0, length));
        out = grown;
      }
      out.set(chunk, length);
      length += chunk.length;
    }
  };
  try {
    await pipeline(Readable.from([bytes]), decoder, sink);
  } catch (error) {
    if (error instanceof TooLarge) {
      throw new UserInputError(
        `the ${NAMES[compression]} file decompresses to more than ${sizeText(cap)}, the most drift-gate reads ` +
          'in process: compare a sample, or profile the data where it lives',
        { file: label },
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'Z_BUF_ERROR' || /unexpected end/i.test(String((error as Error).message))
        ? 'it ends before the compressed stream does (a truncated file?)'
        : `it is corrupt (${(error as Error).message})`;
    throw new UserInputError(`could not decompress this ${NAMES[compression]} file: ${why}`, { file: label });
  }
  return out.subarray(0, length);
}
