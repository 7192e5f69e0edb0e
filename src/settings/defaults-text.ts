/**
 * Defaults in words, for --help, action.yml and the README: derived from each declaration's
 * default value (or its declared `defaultText`), so the three never disagree.
 */
import { isSetting, type Option } from './declarations.js';

/** A default as shown to users: a `literal` value (code font in the docs) or words. */
export interface DefaultText {
  readonly text: string;
  readonly literal: boolean;
}

/**
 * A setting's value as every surface shows it (--help, action.yml, the README, the HTML report's
 * settings): lists comma-joined without the empty field (`NA,N/A,...`: the empty field is always
 * missing), `{ all: x }` as `x`, other maps as JSON; null when there is none (null, an empty
 * list or map).
 */
export function settingValueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== '');
    return items.length === 0 ? null : items.join(',');
  }
  if (typeof value === 'object') {
    const given = Object.entries(value).filter(([, inner]) => inner !== null && inner !== undefined);
    if (given.length === 0) return null;
    if (given.length === 1 && given[0][0] === 'all') return String(given[0][1]);
    return JSON.stringify(Object.fromEntries(given));
  }
  return String(value);
}

/**
 * The default of an option for the CLI or the action (they differ only where the declaration
 * says so, e.g. `report-json`); null when it has none.
 */
export function defaultText(option: Option, adapter: 'cli' | 'action'): DefaultText | null {
  if (adapter === 'action') {
    if (option.actionDefaultText) return { text: option.actionDefaultText, literal: true };
    if ('actionDefault' in option && option.actionDefault)
      return { text: option.actionDefault, literal: true };
  }
  if (option.defaultText) return { text: option.defaultText, literal: false };
  const text = isSetting(option) ? settingValueText(option.default) : null;
  return text === null ? null : { text, literal: true };
}
