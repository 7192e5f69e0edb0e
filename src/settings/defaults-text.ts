/**
 * Defaults in words, for --help, action.yml and the docs: derived from DEFAULT_SETTINGS so the
 * three never disagree.
 */
import { DEFAULT_SETTINGS, type PerKind, type Settings } from './settings.js';

function camel(key: string): keyof Settings {
  return key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as keyof Settings;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (Array.isArray(value))
    return value.length === 0 ? '(none)' : value.map((v) => (v === '' ? '<empty>' : v)).join(',');
  if (typeof value === 'object') {
    const perKind = value as PerKind<unknown>;
    if ('all' in perKind) return perKind.all === null ? "each test's own" : String(perKind.all);
    return Object.keys(value).length === 0 ? '(none)' : JSON.stringify(value);
  }
  return String(value);
}

/** The default of a settings key as text, e.g. `drift-share` -> `0.5`. */
export function defaultText(key: string): string {
  if (key === 'delimiter') return 'detected';
  if (key === 'columns') return 'all';
  return describe(DEFAULT_SETTINGS[camel(key)]);
}
