/**
 * Reads `.github/drift.yml` (or the file named by `config`) into a settings layer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { UserInputError } from '../errors.js';
import type { SettingsLayer } from './settings.js';

export const DEFAULT_CONFIG_PATH = '.github/drift.yml';

/**
 * The settings layer of a YAML config file. `explicit` says the user named the file (then it must
 * exist); the default path is optional. YAML syntax errors name the file, line and column.
 */
export function readConfigFile(path: string, label: string, explicit: boolean): SettingsLayer | null {
  if (!existsSync(path)) {
    if (!explicit) return null;
    throw new UserInputError(`config file not found: ${label}`, { file: label });
  }
  const text = readFileSync(path, 'utf8');
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const position = error.linePos?.[0];
    throw new UserInputError(`invalid YAML: ${error.message.split('\n')[0]}`, {
      file: label,
      line: position?.line,
      column: position?.col,
    });
  }
  const values: unknown = document.toJS();
  if (values === null || values === undefined) return { source: label, isFile: true, values: {} };
  if (typeof values !== 'object' || Array.isArray(values)) {
    throw new UserInputError('expected a map of settings (key: value) at the top level', { file: label });
  }
  return { source: label, isFile: true, values: values as Record<string, unknown> };
}
