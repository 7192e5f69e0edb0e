/**
 * Settings: one typed, frozen object read once (DESIGN.md practice 4). Layers are merged in
 * order (defaults < config file < inputs/flags); every key is kebab-case in every layer; a bad
 * key or value throws a UserInputError naming the key, where it came from and the expected form.
 * Each setting is declared once, in declarations.ts; this module merges the layers.
 */
import { UserInputError } from '../errors.js';
import { getStatTest } from '../stats/registry.js';
import type { ColumnKind } from '../stats/types.js';
import { SETTINGS, type SettingDeclaration, type Settings } from './declarations.js';

export type { Exposure, Option, SettingDeclaration, Settings } from './declarations.js';
export { isSetting, OPTIONS, SETTINGS } from './declarations.js';
export type {
  ColumnSettings,
  Correction,
  Delimiter,
  FailOn,
  PerKind,
  SeverityChoice,
  Task,
} from './parse.js';

export const DEFAULT_SETTINGS: Settings = Object.freeze(
  Object.fromEntries(SETTINGS.map((setting) => [setting.field, setting.default])) as Settings,
);

/** One layer of raw settings: where it came from (for messages) and its kebab-case keys. */
export interface SettingsLayer {
  /** e.g. `.github/drift.yml`, `action inputs`, `command-line flags`. */
  readonly source: string;
  /** Whether `source` is a file (errors then carry it as the file; keys must be config-file keys). */
  readonly isFile?: boolean;
  /** Whether '' means "not given" for every key (action inputs: `getInput` returns '' when unset). */
  readonly emptyIsUnset?: boolean;
  readonly values: Readonly<Record<string, unknown>>;
}

const BY_KEY: ReadonlyMap<string, SettingDeclaration> = new Map(
  SETTINGS.map((setting) => [setting.key, setting]),
);

/** The settings a layer may set: a config file only its exposed keys; adapters pass what they expose. */
function knownIn(layer: SettingsLayer): readonly SettingDeclaration[] {
  return layer.isFile ? SETTINGS.filter((setting) => setting.exposed.file) : SETTINGS;
}

/**
 * Merge layers over the defaults into one frozen Settings. Throws UserInputError naming the key,
 * the layer's source and the expected form for an unknown key or a bad value.
 */
export function resolveSettings(layers: readonly SettingsLayer[]): Settings {
  const patch: Record<string, unknown> = {};
  for (const layer of layers) {
    const known = knownIn(layer);
    const where = layer.isFile ? { file: layer.source } : {};
    for (const [key, value] of Object.entries(layer.values)) {
      const setting = BY_KEY.get(key);
      if (!setting || !known.includes(setting)) {
        const hint = suggestKey(key, known);
        throw new UserInputError(
          `unknown setting '${key}' in ${layer.source}${hint ? ` (did you mean '${hint}'?)` : ''}; known settings: ${known.map((s) => s.key).join(', ')}`,
          where,
        );
      }
      if (value === undefined || value === null) continue;
      if (value === '' && (layer.emptyIsUnset || !setting.emptyIsValue)) continue;
      const fail = (detail?: string): never => {
        throw new UserInputError(
          `bad value for '${key}' in ${layer.source}: expected ${setting.form}, got ${JSON.stringify(value)}${detail ? ` (${detail})` : ''}`,
          where,
        );
      };
      patch[setting.field] = setting.parse(value, fail);
    }
  }
  return deepFreeze({ ...DEFAULT_SETTINGS, ...patch } as Settings);
}

/**
 * The action inputs' settings layer: every setting exposed as an input, read with `getInput`
 * (which returns '' for an input the workflow did not give, so the config file's value stays).
 */
export function actionInputsLayer(getInput: (key: string) => string): SettingsLayer {
  const values: Record<string, string> = {};
  for (const setting of SETTINGS) if (setting.exposed.input) values[setting.key] = getInput(setting.key);
  return { source: 'action inputs', emptyIsUnset: true, values };
}

/**
 * The config-file settings an adapter does not use, as keys: those set to a value other than the
 * default, exposed as the other adapter's input or flag but not as this one's (`comment: true` read by the CLI, which
 * cannot comment; `html` read by the action, which writes its HTML beside the JSON report). The
 * adapters print one note per key instead of ignoring them silently. O(number of settings).
 */
export function ignoredByAdapter(settings: Settings, adapter: 'flag' | 'input'): string[] {
  const values = settings as unknown as Readonly<Record<string, unknown>>;
  const other = adapter === 'flag' ? 'input' : 'flag';
  // A key exposed only in the file (`column-settings`) serves both adapters.
  return SETTINGS.filter(
    (setting) =>
      setting.exposed.file &&
      !setting.exposed[adapter] &&
      setting.exposed[other] &&
      JSON.stringify(values[setting.field]) !== JSON.stringify(setting.default),
  ).map((setting) => setting.key);
}

/** The test named for a column by the settings, or 'auto'. Column settings win, then kind, then all. */
export function chosenTest(settings: Settings, column: string, kind: ColumnKind): string {
  const own = settings.columnSettings[column]?.stattest;
  if (own) return own;
  const perKind = settings.stattest[kind];
  if (perKind) return perKind;
  const all = settings.stattest.all ?? 'auto';
  if (all === 'auto') return 'auto';
  const test = getStatTest(all);
  return test?.columnKinds.includes(kind) ? all : 'auto';
}

/** The threshold configured for a named test on a column, or null for the test's default. */
export function chosenThreshold(settings: Settings, column: string, kind: ColumnKind): number | null {
  return (
    settings.columnSettings[column]?.threshold ?? settings.threshold[kind] ?? settings.threshold.all ?? null
  );
}

/** The known key closest to a mistyped one (edit distance <= 2), for "did you mean". */
function suggestKey(key: string, known: readonly SettingDeclaration[]): string | null {
  return nearestName(
    key.toLowerCase().replaceAll('_', '-'),
    known.map((setting) => setting.key),
  );
}

/**
 * The name in `names` closest to `name` by edit distance, when at most `maxDistance` edits away
 * (else null); the first on ties. O(|names| * |name| * |candidate|).
 */
export function nearestName(name: string, names: readonly string[], maxDistance = 2): string | null {
  let best: string | null = null;
  let bestDistance = maxDistance + 1;
  for (const candidate of names) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance; O(|a| * |b|). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
