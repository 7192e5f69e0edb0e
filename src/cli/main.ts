/**
 * The command-line adapter: `drift-gate --reference A --candidate B [flags]`. Same settings names
 * as the action inputs; prints the result to the terminal; exit 0 pass, 1 fail, 2 bad usage or
 * unreadable input.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from '../engine/pipeline.js';
import { UserInputError } from '../errors.js';
import { forLog, forLogLines } from '../report/escape.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { DEFAULT_CONFIG_PATH } from '../settings/config-file.js';
import { defaultText } from '../settings/defaults-text.js';
import { gatherSettings } from '../settings/gather.js';
import { SETTINGS_KEYS } from '../settings/settings.js';
import { VERSION } from '../version.js';

export const EXIT_PASS = 0;
export const EXIT_FAIL = 1;
export const EXIT_USAGE = 2;

/** Settings keys that only make sense inside GitHub Actions or only in the config file. */
const NOT_FLAGS = new Set(['comment', 'column-settings']);

const FLAG_KEYS = Object.keys(SETTINGS_KEYS).filter((key) => !NOT_FLAGS.has(key));

export function helpText(): string {
  const lines = [
    `drift-gate ${VERSION}: compare a reference and a candidate dataset and fail on drift.`,
    '',
    'Usage: drift-gate --reference <file> --candidate <file> [flags]',
    '',
    'Flags (the same names as the action inputs and the keys of .github/drift.yml):',
  ];
  const rows: [string, string, string][] = [
    ['--config <file>', `YAML settings file (flags win over it)`, `${DEFAULT_CONFIG_PATH} if present`],
    ...FLAG_KEYS.map((key): [string, string, string] => [
      `--${key} <value>`,
      SETTINGS_KEYS[key].help,
      defaultText(key),
    ]),
    ['--help', 'Show this help', ''],
    ['--version', 'Show the version', ''],
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length));
  for (const [flag, help, fallback] of rows) {
    lines.push(`  ${flag.padEnd(width)}  ${help}${fallback ? ` (default: ${fallback})` : ''}`);
  }
  lines.push('', 'Exit status: 0 pass, 1 drift beyond the thresholds, 2 bad usage or unreadable input.');
  return lines.join('\n');
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Terminal width in characters, when known. */
  width?: number;
  cwd: string;
}

/** Runs the CLI with the given arguments; returns the exit status. Never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    const options: Record<string, { type: 'string' | 'boolean' }> = {
      config: { type: 'string' },
      help: { type: 'boolean' },
      version: { type: 'boolean' },
    };
    for (const key of FLAG_KEYS) options[key] = { type: 'string' };
    ({ values } = parseArgs({ args: [...argv], options, allowPositionals: false, strict: true }));
  } catch (error) {
    io.stderr(`drift-gate: ${forLog((error as Error).message)}\nRun 'drift-gate --help' for the flags.`);
    return EXIT_USAGE;
  }
  if (values.help) {
    io.stdout(helpText());
    return EXIT_PASS;
  }
  if (values.version) {
    io.stdout(VERSION);
    return EXIT_PASS;
  }
  try {
    const flags: Record<string, string> = {};
    for (const key of FLAG_KEYS) if (typeof values[key] === 'string') flags[key] = values[key] as string;
    const settings = gatherSettings({
      root: io.cwd,
      config: typeof values.config === 'string' ? values.config : '',
      layer: { source: 'command-line flags', values: flags },
    });
    if (settings.referenceRef === 'base') {
      throw new UserInputError(
        "reference-ref 'base' means a pull request's base commit and works only in the action; give a revision (e.g. origin/main)",
      );
    }
    const report = await runPipeline(settings, {
      root: io.cwd,
      confineToRoot: false,
      referenceRevision: settings.referenceRef,
    });
    if (settings.reportJson)
      writeOutput(resolve(io.cwd, settings.reportJson), `${JSON.stringify(report, null, 2)}\n`);
    if (settings.markdown) writeOutput(resolve(io.cwd, settings.markdown), renderMarkdown(report));
    io.stdout(forLogLines(renderText(report, { color: io.isTTY, width: io.width })));
    return report.verdict === 'fail' ? EXIT_FAIL : EXIT_PASS;
  } catch (error) {
    if (error instanceof UserInputError) {
      io.stderr(`drift-gate: ${forLog(error.describe())}`);
      return EXIT_USAGE;
    }
    io.stderr(
      forLogLines(
        `drift-gate failed unexpectedly (this is a bug; please report it):\n${(error as Error)?.stack ?? error}`,
      ),
    );
    return EXIT_USAGE;
  }
}

function writeOutput(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new UserInputError(`cannot write ${path}: ${(error as Error).message}`);
  }
}
