/**
 * The profile file's identity and version, and reading one: detected by content (a JSON object
 * whose `format` is `drift-gate-profile`), refused with a clear error when its major version is
 * newer than this reader's. The shape is declared in src/report/contract/profile.ts.
 */
import { UserInputError } from '../../errors.js';
import type { ProfileFile } from '../../report/model.js';

export const PROFILE_FORMAT = 'drift-gate-profile';
/** major.minor: a reader takes every minor of its major; a new major means an incompatible change. */
export const PROFILE_VERSION = '1.0';

const SIGNATURE = new TextEncoder().encode(`"format"`);

/** Whether `bytes` look like a profile: a JSON object whose first key is "format" (how profiles are written). O(1). */
export function looksLikeProfile(bytes: Uint8Array, path = ''): boolean {
  if (path.endsWith('.profile.json')) return true;
  let i = 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  if (bytes[i] !== 0x7b) return false;
  i++;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return SIGNATURE.every((byte, k) => bytes[i + k] === byte);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses and checks a profile: the format, the version (a newer major is refused), and the shape
 * of what the comparison reads (each problem a UserInputError naming the file and the field).
 */
export function parseProfile(text: string, file: string): ProfileFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserInputError(`not a valid profile: ${(error as Error).message}`, { file });
  }
  if (!isObject(data) || data.format !== PROFILE_FORMAT) {
    throw new UserInputError(`not a drift-gate profile (its "format" is not "${PROFILE_FORMAT}")`, { file });
  }
  const version = typeof data.version === 'string' ? data.version : '';
  const match = /^(\d+)\.(\d+)$/.exec(version);
  if (!match)
    throw new UserInputError(`profile version ${JSON.stringify(data.version)} is not major.minor`, { file });
  const major = Number(match[1]);
  const ours = Number(PROFILE_VERSION.split('.')[0]);
  if (major > ours) {
    throw new UserInputError(
      `profile version ${version} is newer than this drift-gate reads (${PROFILE_VERSION}): upgrade drift-gate or re-make the profile with this version`,
      { file },
    );
  }
  const bad = (what: string): never => {
    throw new UserInputError(`not a valid profile: ${what}`, { file });
  };
  if (!Number.isInteger(data.rows) || (data.rows as number) < 0) bad('"rows" must be a count');
  if (!Array.isArray(data.columns)) bad('"columns" must be a list');
  const rows = data.rows as number;
  (data.columns as unknown[]).forEach((column, k) => {
    if (!isObject(column) || typeof column.name !== 'string') bad(`column ${k + 1} has no name`);
    const c = column as Record<string, unknown>;
    const where = `column ${JSON.stringify(c.name)}`;
    for (const key of ['present', 'missing', 'coerced'])
      if (!Number.isInteger(c[key]) || (c[key] as number) < 0) bad(`${where}: "${key}" must be a count`);
    if ((c.present as number) + (c.missing as number) + (c.coerced as number) !== rows) {
      bad(`${where}: present + missing + coerced must equal "rows" (${rows})`);
    }
    if (!['number', 'date', 'text', 'skip'].includes(c.kind as string)) bad(`${where}: unknown "kind"`);
    const numbers = c.numbers;
    if (numbers !== null && numbers !== undefined) {
      if (!isObject(numbers) || !Array.isArray(numbers.values) || !Array.isArray(numbers.counts))
        bad(`${where}: "numbers" needs values and counts`);
      const n = numbers as { values: unknown[]; counts: unknown[] };
      if (n.values.length !== n.counts.length) bad(`${where}: "numbers" values and counts differ in length`);
      if (!n.values.every((v) => typeof v === 'number' && Number.isFinite(v)))
        bad(`${where}: a bucket value is not a finite number`);
      if (!n.counts.every((v) => Number.isInteger(v) && (v as number) >= 0))
        bad(`${where}: a bucket count is not a count`);
      for (let i = 1; i < n.values.length; i++)
        if (!((n.values[i] as number) > (n.values[i - 1] as number)))
          bad(`${where}: bucket values must ascend`);
      if (n.counts.length > 0 && n.counts.reduce((a: number, b) => a + (b as number), 0) !== c.present)
        bad(`${where}: bucket counts must sum to "present"`);
    }
    const categories = c.categories;
    if (categories !== null && categories !== undefined) {
      if (!isObject(categories) || !Array.isArray(categories.levels) || !Array.isArray(categories.counts))
        bad(`${where}: "categories" needs levels and counts`);
      const k2 = categories as {
        levels: unknown[];
        counts: unknown[];
        otherCount: unknown;
        otherLevels: unknown;
        nullLike: unknown;
      };
      if (k2.levels.length !== k2.counts.length || !k2.levels.every((l) => typeof l === 'string'))
        bad(`${where}: "categories" levels must be text, one count each`);
      if (!Array.isArray(k2.nullLike)) bad(`${where}: "categories.nullLike" must be a list`);
      if (!Number.isInteger(k2.otherCount) || !Number.isInteger(k2.otherLevels))
        bad(`${where}: other counts must be counts`);
      const total = k2.counts.reduce((a: number, b) => a + (b as number), 0) + (k2.otherCount as number);
      if (total !== c.present) bad(`${where}: category counts must sum to "present"`);
      if ((k2.otherLevels as number) > (k2.otherCount as number))
        bad(`${where}: more other categories than other values`);
    }
  });
  return data as unknown as ProfileFile;
}
