/**
 * Declarations of the options that accept intended drift: the `accept` list (columns or checks,
 * each with a reason and an optional `until` date) and the pull-request label that accepts
 * everything failing in one run. The check ids are checked against the checks by the engine
 * (settings may not import src/checks).
 */
import { parse as parseYaml } from 'yaml';
import { type Option, setting } from './option-shape.js';
import { asOptionalText, type Fail, isPlainObject } from './parse.js';

/** One entry of `accept`: a column or a check whose failure is intended, and why. */
export interface Acceptance {
  /** The column whose drift is accepted (feature or target), or null. */
  readonly column: string | null;
  /** The check whose failure is accepted (`multivariate`, `images`, `target`, `performance`, `critical`, a data-quality check id), or null. */
  readonly check: string | null;
  readonly reason: string;
  /** The last day (YYYY-MM-DD, UTC) the entry applies; null: no end. */
  readonly until: string | null;
}

const ENTRY_KEYS = ['column', 'check', 'reason', 'until'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD calendar date (YAML may hand over a Date), or null when it is not one. */
function asDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const match = DATE.exec(value.trim());
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === match[0] ? match[0] : null;
}

/** A non-empty string (numbers, e.g. a column named `2019`, as text), or null. */
function asName(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** One `accept` entry; `fail` gets `accept[i]: ...` naming the entry and the key. */
function parseEntry(raw: unknown, index: number, fail: Fail): Acceptance {
  const at = `accept[${index}]`;
  if (!isPlainObject(raw))
    fail(`${at}: expected a map with 'column' or 'check', 'reason' and optional 'until'`);
  for (const key of Object.keys(raw))
    if (!ENTRY_KEYS.includes(key))
      fail(`${at}: unknown key '${key}'; expected column, check, reason or until`);
  const named = (key: 'column' | 'check'): string | null => {
    if (raw[key] === undefined || raw[key] === null) return null;
    return asName(raw[key]) ?? fail(`${at}: '${key}' must be a non-empty name`);
  };
  const column = named('column');
  const check = named('check');
  if (column === null && check === null) fail(`${at}: name a 'column' or a 'check'`);
  if (column !== null && check !== null) fail(`${at}: name either a 'column' or a 'check', not both`);
  const reason = typeof raw.reason === 'string' ? raw.reason.trim() : '';
  if (reason === '') fail(`${at}: 'reason' is required (why this drift is intended)`);
  let until: string | null = null;
  if (raw.until !== undefined && raw.until !== null) {
    until =
      asDate(raw.until) ?? fail(`${at}: 'until' must be a date YYYY-MM-DD, got ${JSON.stringify(raw.until)}`);
  }
  return { column, check, reason, until };
}

/** The `accept` setting: a YAML list (from the config file, or as YAML text from an input or flag). */
export function parseAccept(value: unknown, fail: Fail): readonly Acceptance[] {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = parseYaml(value);
    } catch (error) {
      fail(`not YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (list === null || list === undefined) return [];
  if (!Array.isArray(list)) fail('expected a list of entries');
  return list.map((entry, index) => parseEntry(entry, index, fail));
}

export const ACCEPT_OPTIONS = [
  setting({
    key: 'accept',
    field: 'accept',
    default: [],
    form: 'a YAML list of entries `{ column: name | check: id, reason: text, until: YYYY-MM-DD }`',
    help: 'Intended drift: columns or checks (multivariate, images, target, performance, critical, a data-quality check id) accepted with a reason',
    description:
      'Intended drift, accepted on record: a YAML list of entries, each naming a `column` or a `check` (`multivariate`, `images`, `target`, `performance`, `critical`, or a data-quality check id) with a required `reason` and an optional `until` date (YYYY-MM-DD; an expired entry fails the run).',
    exposed: { input: true, flag: true, file: true },
    parse: parseAccept,
  }),
  setting({
    key: 'accept-label',
    field: 'acceptLabel',
    default: 'drift-accepted',
    form: 'a pull-request label name',
    help: 'Pull-request label that accepts everything failing in the run (action only)',
    description:
      'A pull request with this label passes with everything that failed listed as accepted (the summary names the label as the reason).',
    exposed: { input: true, flag: false, file: true },
    parse: (v, fail): string | null => asOptionalText(v, fail),
  }),
] as const satisfies readonly Option[];
