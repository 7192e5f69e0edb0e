/**
 * Reads `.github/drift.yml` (or the file named by `config`) into a settings layer. The file comes
 * from the pull request, so its size, aliases and entry counts are capped and it is parsed in
 * linear time; every problem is a UserInputError naming the file (and line and column).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isMap, LineCounter, parseDocument, visit } from 'yaml';
import { UserInputError } from '../errors.js';
import type { SettingsLayer } from './settings.js';

export const DEFAULT_CONFIG_PATH = '.github/drift.yml';
/** Largest config file read, in bytes (a real one is a few KB). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Most aliases (`*name`) expanded: an alias bomb ("billion laughs") stops here. */
export const MAX_CONFIG_ALIASES = 100;
/** Most entries under `column-settings`. */
export const MAX_COLUMN_SETTINGS = 10_000;

/**
 * The first key that appears twice in one YAML map, with its offset, or null. One Set per map, so
 * linear in the size of the file (the yaml library's own `uniqueKeys` check compares every pair).
 */
function firstDuplicateKey(
  document: ReturnType<typeof parseDocument>,
): { key: string; offset: number } | null {
  let found: { key: string; offset: number } | null = null;
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const node = pair.key as { value?: unknown; range?: [number, number, number] } | null;
        const name =
          node !== null && typeof node === 'object' && 'value' in node ? String(node.value) : String(node);
        if (seen.has(name)) {
          found = { key: name, offset: node?.range?.[0] ?? 0 };
          return visit.BREAK;
        }
        seen.add(name);
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The settings layer of a YAML config file. `explicit` says the user named the file (then it must
 * exist); the default path is optional. YAML syntax errors name the file, line and column.
 */
export function readConfigFile(path: string, label: string, explicit: boolean): SettingsLayer | null {
  if (!existsSync(path)) {
    if (!explicit) return null;
    throw new UserInputError(`config file not found: ${label}`, { file: label });
  }
  const info = statSync(path);
  if (!info.isFile())
    throw new UserInputError('the config path is a folder, not a YAML file', { file: label });
  if (info.size > MAX_CONFIG_BYTES) {
    throw new UserInputError(
      `the config file has ${info.size} bytes; at most ${MAX_CONFIG_BYTES} (1 MiB) are read`,
      { file: label },
    );
  }
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: false, lineCounter });
  const [error] = document.errors;
  if (error) {
    const position = error.linePos?.[0];
    throw new UserInputError(`invalid YAML: ${error.message.split('\n')[0]}`, {
      file: label,
      line: position?.line,
      column: position?.col,
    });
  }
  const duplicate = firstDuplicateKey(document);
  if (duplicate) {
    const { line, col } = lineCounter.linePos(duplicate.offset);
    throw new UserInputError(`invalid YAML: the key '${duplicate.key}' appears twice in the same map`, {
      file: label,
      line,
      column: col,
    });
  }
  let values: unknown;
  try {
    values = document.toJS({ maxAliasCount: MAX_CONFIG_ALIASES });
  } catch (cause) {
    throw new UserInputError(
      `invalid YAML: ${(cause as Error).message} (at most ${MAX_CONFIG_ALIASES} aliases are expanded)`,
      { file: label },
    );
  }
  if (values === null || values === undefined) return { source: label, isFile: true, values: {} };
  if (typeof values !== 'object' || Array.isArray(values)) {
    throw new UserInputError('expected a map of settings (key: value) at the top level', { file: label });
  }
  const columnSettings = (values as Record<string, unknown>)['column-settings'];
  if (typeof columnSettings === 'object' && columnSettings !== null) {
    const count = Object.keys(columnSettings).length;
    if (count > MAX_COLUMN_SETTINGS) {
      throw new UserInputError(
        `column-settings has ${count} entries; at most ${MAX_COLUMN_SETTINGS} are allowed`,
        { file: label },
      );
    }
  }
  return { source: label, isFile: true, values: values as Record<string, unknown> };
}
