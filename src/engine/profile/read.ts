/** Reading a reference that may be a profile: detected by the `.profile.json` ending or by content. */
import { open } from 'node:fs/promises';
import { type DataSource, readSource } from '../../data/read.js';
import type { ProfileFile } from '../../report/model.js';
import { looksLikeProfile, parseProfile } from './format.js';

/** The first bytes of a source (64), to tell a profile from data without reading a large file. */
async function head(source: DataSource): Promise<Uint8Array> {
  if (source.bytes !== undefined) return source.bytes.subarray(0, 64);
  if (source.path === undefined) return new Uint8Array(0);
  try {
    const file = await open(source.path, 'r');
    try {
      const buffer = new Uint8Array(64);
      const { bytesRead } = await file.read(buffer, 0, 64, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return new Uint8Array(0); // the data reader reports the problem with its usual message
  }
}

/** The profile when `source` is one, else null (then it is data). Bad profiles throw a UserInputError naming the file. */
export async function readProfileIfAny(source: DataSource): Promise<ProfileFile | null> {
  if (!looksLikeProfile(await head(source), source.path ?? source.label)) return null;
  const bytes = await readSource(source);
  return parseProfile(new TextDecoder().decode(bytes), source.label);
}
