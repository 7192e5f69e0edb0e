/**
 * Builds the Settings from a config file and one layer of adapter values (action inputs or CLI
 * flags), the latter winning.
 */
import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, readConfigFile } from './config-file.js';
import { resolveSettings, type Settings, type SettingsLayer } from './settings.js';

export function gatherSettings(options: {
  /** Directory the config path is relative to. */
  root: string;
  /** The `config` value given by the user, or '' for the default `.github/drift.yml` (optional). */
  config: string;
  /** Resolves the config path (the action confines it to the workspace). */
  resolvePath?: (path: string) => string;
  layer: SettingsLayer;
}): Settings {
  const explicit = options.config !== '';
  const label = explicit ? options.config : DEFAULT_CONFIG_PATH;
  const absolute = options.resolvePath
    ? options.resolvePath(label)
    : isAbsolute(label)
      ? label
      : resolve(options.root, label);
  const file = readConfigFile(absolute, label, explicit);
  return resolveSettings(file ? [file, options.layer] : [options.layer]);
}
