/**
 * The shape of a setting's declaration (see declarations.ts, which lists them all): key, Settings
 * field, default, parser, expected form, help, description and where it is exposed.
 */
import type { Fail } from './parse.js';

/** Where a key is accepted: as an action input, a CLI flag (`--key`), a config-file key. */
export interface Exposure {
  readonly input: boolean;
  readonly flag: boolean;
  readonly file: boolean;
}

/** What every option declares for the docs and the adapters. */
interface Documented {
  /** kebab-case; the same in every layer where it is exposed. */
  readonly key: string;
  /** One line for --help (no default: the help adds it). */
  readonly help: string;
  /** One or two sentences for action.yml and the README (no default: the renderers add it). */
  readonly description: string;
  /** The default in words, when the value alone does not say it (e.g. `all`, `detected`). */
  readonly defaultText?: string;
  /** The action's default when it differs from the CLI's (the action always writes a report). */
  readonly actionDefaultText?: string;
  /** An action input the workflow must give (action.yml `required: true`). */
  readonly required?: boolean;
  /** The closed set of values, for enums (the docs and a test check that `form` names them). */
  readonly allowed?: readonly string[];
  readonly exposed: Exposure;
}

/** A setting: fills one field of Settings. */
export interface SettingDeclaration<F extends string = string, T = unknown> extends Documented {
  readonly field: F;
  readonly default: T;
  /** The expected form, shown in "bad value" errors. */
  readonly form: string;
  /** The value from YAML (typed) or from an input/flag (a string); calls `fail` on a bad one. */
  readonly parse: (value: unknown, fail: Fail) => T;
  /** An explicit empty value (config file, flag) is a value, not "not set" (`missing-values: ""`). */
  readonly emptyIsValue?: boolean;
}

/** An adapter option that is not a setting (`config`, `github-token`): read by the adapter itself. */
export interface AdapterOption extends Documented {
  /** Placeholder in --help (`--config <file>`). */
  readonly placeholder?: string;
  /** action.yml `default:`, evaluated by the runner (e.g. `${{ github.token }}`). */
  readonly actionDefault?: string;
}

export type Option = SettingDeclaration | AdapterOption;

/** Typed declaration: T comes from `parse` alone, and `default` must be one of its values. */
export function setting<const F extends string, T>(
  declaration: Omit<SettingDeclaration<F, T>, 'default'> & { readonly default: NoInfer<T> },
): SettingDeclaration<F, T> {
  return declaration;
}

export const EVERYWHERE: Exposure = { input: true, flag: true, file: true };
