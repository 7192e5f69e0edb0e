/**
 * The command-line adapter: `drift-gate --reference A --candidate B [flags]`. Same settings names
 * as the action inputs; prints the result to the terminal; exit 0 pass, 1 fail, 2 bad usage or
 * unreadable input.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipelineWithArtifacts } from '../engine/pipeline.js';
import { UserInputError } from '../errors.js';
import { forLog, forLogLines } from '../report/escape.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { defaultText } from '../settings/defaults-text.js';
import { gatherSettings } from '../settings/gather.js';
import { ignoredByAdapter, isSetting, OPTIONS, type Option } from '../settings/settings.js';
import { nodeVersionProblem, VERSION } from '../version.js';
import { workerOverrides } from '../workers/worker-file.js';
import { profileCommand } from './profile.js';

export const EXIT_PASS = 0;
export const EXIT_FAIL = 1;
export const EXIT_USAGE = 2;

/** The options exposed as flags (settings and `--config`), in declaration order. */
const FLAG_OPTIONS: readonly Option[] = (OPTIONS as readonly Option[]).filter(
  (option) => option.exposed.flag,
);

/** The settings among the flags: they form the flags' settings layer. */
const SETTING_FLAGS: readonly string[] = FLAG_OPTIONS.filter(isSetting).map((option) => option.key);

/** Why a config-file key that only the action uses has no effect here (`comment: true`). */
function actionOnlyNote(key: string): string {
  return `'${key}' in the config file is used only by the GitHub Action; the command line ignores it`;
}

/**
 * `(one of: a, b)` for an enumerated flag, then `(required)`, `(default: ...)` or
 * `(default: (none))`.
 */
function helpDefault(option: Option): string {
  const allowed = option.allowed ? `(one of: ${option.allowed.join(' ')}) ` : '';
  if (option.required) return `${allowed}(required)`;
  return `${allowed}(default: ${defaultText(option, 'cli')?.text ?? '(none)'})`;
}

/** The --help text: every flag from the declarations, with its default. */
export function helpText(): string {
  const lines = [
    `drift-gate ${VERSION}: compare a reference and a candidate dataset and fail on drift.`,
    '',
    'Usage: drift-gate --reference <file> --candidate <file> [flags]',
    '       drift-gate profile --reference <file> --out <file.profile.json>  (see drift-gate profile --help)',
    '',
    'Flags (the same names as the action inputs and the keys of .github/drift.yml):',
  ];
  const rows: [string, string][] = [
    ...FLAG_OPTIONS.map((option): [string, string] => [
      `--${option.key} <${'placeholder' in option && option.placeholder ? option.placeholder : 'value'}>`,
      `${option.help} ${helpDefault(option)}`,
    ]),
    ['--help', 'Show this help'],
    ['--version', 'Show the version'],
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length));
  for (const [flag, help] of rows) lines.push(`  ${flag.padEnd(width)}  ${help}`);
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
  /** The running Node.js version (`process.version` when not given). */
  nodeVersion?: string;
}

/** Runs the CLI with the given arguments; returns the exit status. Never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const tooOld = nodeVersionProblem(io.nodeVersion ?? process.version);
  if (tooOld) {
    io.stderr(tooOld);
    return EXIT_USAGE;
  }
  if (argv[0] === 'profile') return runProfile(argv.slice(1), io);
  let values: Record<string, string | boolean | undefined>;
  try {
    const options: Record<string, { type: 'string' | 'boolean' }> = {
      help: { type: 'boolean' },
      version: { type: 'boolean' },
    };
    for (const option of FLAG_OPTIONS) options[option.key] = { type: 'string' };
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
    for (const key of SETTING_FLAGS) if (typeof values[key] === 'string') flags[key] = values[key] as string;
    const settings = gatherSettings({
      root: io.cwd,
      config: typeof values.config === 'string' ? values.config : '',
      layer: { source: 'command-line flags', values: flags },
    });
    for (const key of ignoredByAdapter(settings, 'flag'))
      io.stderr(`drift-gate: note: ${actionOnlyNote(key)}`);
    if (settings.referenceRef === 'base') {
      throw new UserInputError(
        "reference-ref 'base' means a pull request's base commit and works only in the action; give a revision (e.g. origin/main)",
      );
    }
    const { report, artifacts } = await runPipelineWithArtifacts(settings, {
      root: io.cwd,
      confineToRoot: false,
      referenceRevision: settings.referenceRef,
      workers: workerOverrides(process.env),
    });
    if (settings.reportJson)
      writeOutput(resolve(io.cwd, settings.reportJson), `${JSON.stringify(report, null, 2)}\n`);
    if (settings.markdown) writeOutput(resolve(io.cwd, settings.markdown), renderMarkdown(report));
    if (settings.html)
      writeOutput(resolve(io.cwd, settings.html), renderHtml(report, { thumbnails: artifacts.thumbnails }));
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

/** `drift-gate profile ...` (cli/profile.ts): exit 0, or 2 with one line for bad usage or input. */
async function runProfile(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await profileCommand(argv, io);
    return EXIT_PASS;
  } catch (error) {
    if (error instanceof UserInputError) {
      io.stderr(`drift-gate profile: ${forLog(error.describe())}`);
      return EXIT_USAGE;
    }
    io.stderr(
      forLogLines(
        `drift-gate profile failed unexpectedly (this is a bug; please report it):\n${(error as Error)?.stack ?? error}`,
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
