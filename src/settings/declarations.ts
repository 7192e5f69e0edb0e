/**
 * Every setting, declared once: its kebab-case key, the Settings field it fills, default, parser,
 * the expected form (error messages), a one-line help (CLI --help), a description (action.yml and
 * README) and where it is exposed (action input, CLI flag, config-file key). The Settings type,
 * DEFAULT_SETTINGS, the parsing of every layer, the unknown-key errors, the flags the CLI accepts,
 * the inputs the action reads, --help, action.yml's inputs and the README's inputs table all come
 * from OPTIONS (the last two through `npm run docs`, checked by test/settings/docs.test.ts).
 *
 * Why a plain TypeScript table and not zod or valibot: every value arrives both typed (YAML) and
 * as a string (inputs, flags), and the string forms are our own (`a,b` lists, `kind=value` maps,
 * `check=severity`, `name: column op value` slices, `true`/`false`); a schema library would need a
 * custom preprocessor for nearly every key and would then replace only the `asNumber`-sized
 * helpers, while its own error texts would have to be mapped back to today's messages. The table
 * gives the same single declaration and a derived type with no dependency.
 */
import type { Option, SettingDeclaration } from './option-shape.js';
import { ACCEPT_OPTIONS } from './options-accept.js';
import { CHECK_OPTIONS } from './options-checks.js';
import { COMPARE_OPTIONS } from './options-compare.js';
import { PERIOD_OPTIONS } from './options-periods.js';

export type { AdapterOption, Exposure, Option, SettingDeclaration } from './option-shape.js';

/** All options, in documentation order (Settings keeps this order, so the report's does too). */
export const OPTIONS = [...COMPARE_OPTIONS, ...CHECK_OPTIONS, ...ACCEPT_OPTIONS, ...PERIOD_OPTIONS] as const;

type AnySetting = Extract<(typeof OPTIONS)[number], { readonly field: string }>;

/** The effective settings: one field per declaration, typed by its parser. */
export type Settings = { readonly [D in AnySetting as D['field']]: ReturnType<D['parse']> };

export function isSetting(option: Option): option is SettingDeclaration {
  return 'field' in option;
}

/** The settings alone (no adapter options), in declaration order. */
export const SETTINGS: readonly SettingDeclaration[] = (OPTIONS as readonly Option[]).filter(isSetting);
