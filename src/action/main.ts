/**
 * The GitHub Action adapter: inputs -> pipeline -> job summary, outputs, annotations, sticky
 * comment, exit status. The only module (with its siblings in src/action/) that imports @actions/*.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { runPipelineWithArtifacts } from '../engine/pipeline.js';
import { UserInputError } from '../errors.js';
import { resolveInWorkspace, resolveOutputPath, workspaceRelative } from '../inputs/workspace.js';
import { escapeMarkdown, flattenControls, forLog } from '../report/escape.js';
import { renderHtml } from '../report/html.js';
import { COMMENT_MARKER, renderComment, renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/model.js';
import { renderText } from '../report/text.js';
import { headline } from '../report/wording.js';
import { gatherSettings } from '../settings/gather.js';
import { actionInputsLayer, ignoredByAdapter, type Settings } from '../settings/settings.js';
import { nodeVersionProblem } from '../version.js';
import { workerOverrides } from '../workers/worker-file.js';
import { uploadReports } from './artifact.js';
import { isAuthoredBy, isPermissionError, tokenLogin, upsertStickyComment } from './comment.js';
import { pullRequestLabels, readEventPayload, requireBaseRevision } from './event.js';
import { log } from './log.js';

/** Width of the column table in the action's log (the CLI uses the terminal's). */
const LOG_WIDTH = 120;

/** GitHub shows at most 10 error annotations per step. */
const MAX_ANNOTATIONS = 10;
/** Longest column name in an annotation title (the title is clipped to 100 code points). */
const MAX_COLUMN_IN_TITLE = 60;

function referenceRevision(settings: Settings): string | null {
  if (!settings.referenceRef) return null;
  if (settings.referenceRef !== 'base') return settings.referenceRef;
  return requireBaseRevision(github.context.eventName, readEventPayload(process.env.GITHUB_EVENT_PATH));
}

/**
 * Where the JSON report goes: `report-json` (an input or the config file, which a pull request
 * controls) confined to the workspace or RUNNER_TEMP; by default RUNNER_TEMP.
 */
function reportPath(settings: Settings, workspace: string): string {
  const runnerTemp = process.env.RUNNER_TEMP ?? '';
  if (settings.reportJson) {
    return resolveOutputPath(settings.reportJson, workspace, [workspace, runnerTemp], 'report-json');
  }
  return join(runnerTemp || workspace, 'drift-gate-report.json');
}

/** Writes one report file; an unwritable path names the setting that chose it. */
function writeText(path: string, text: string, key: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new UserInputError(`${key}: cannot write ${path}: ${(error as Error).message}`);
  }
}

function writeReport(path: string, report: Report): void {
  writeText(path, `${JSON.stringify(report, null, 2)}\n`, 'report-json');
}

/** The HTML report beside the JSON report: the same name with `.html` (`drift-gate-report.html`). */
function htmlPath(jsonPath: string): string {
  return jsonPath.replace(/(\.json)?$/i, '.html');
}

function setOutputs(report: Report, jsonPath: string): void {
  core.setOutput('drift', String(report.dataset.drift));
  core.setOutput('drift-share', String(report.dataset.driftShare));
  core.setOutput('drifted-columns', JSON.stringify(report.dataset.driftedColumns));
  core.setOutput('report-json', jsonPath);
  core.setOutput('verdict', report.verdict);
}

/**
 * One annotation per drifted column (at most MAX_ANNOTATIONS): an error when the run fails, a
 * warning when it passes anyway (drift below the drift share, fail-on never, or accepted drift,
 * which the title says).
 */
function annotate(report: Report, candidateFile: string): void {
  const drifted = report.columns.filter((column) => column.drift);
  const accepted = new Set(
    (report.accepted ?? [])
      .filter((item) => item.status === 'applied' && item.column)
      .map((item) => item.column),
  );
  const level = report.verdict === 'fail' ? log.error : log.warning;
  for (const column of drifted.slice(0, MAX_ANNOTATIONS)) {
    const state = accepted.has(column.name) ? 'drifted (accepted)' : 'drifted';
    level(column.explanation, {
      title: `drift-gate: column '${forLog(column.name, MAX_COLUMN_IN_TITLE)}' ${state}`,
      file: candidateFile,
    });
  }
  if (drifted.length > MAX_ANNOTATIONS) {
    log.warning(`${drifted.length - MAX_ANNOTATIONS} more drifted columns are listed in the job summary.`);
  }
}

/**
 * The failure message and the log line: the headline (what failed first, report/wording.ts), then
 * each reason on its own line. `⚠️` marks a run that passes with warnings.
 */
export function verdictMessage(report: Report): string {
  const top = headline(report);
  const mark = top.verdict === 'warn' ? '⚠️ ' : '';
  return [`${mark}drift-gate: ${top.text}`, ...report.reasons.map((r) => `- ${flattenControls(r)}`)].join(
    '\n',
  );
}

/** Default time limit of the whole sticky-comment exchange with the GitHub API. */
const API_TIMEOUT_MS = 30_000;

/** The API time limit: DRIFT_GATE_API_TIMEOUT_MS (milliseconds) when set to a positive number, else 30 s. */
function apiTimeoutMs(): number {
  const fromEnv = Number(process.env.DRIFT_GATE_API_TIMEOUT_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : API_TIMEOUT_MS;
}

/** Whether `error` is the time limit's abort (Octokit wraps it in a RequestError with status 500). */
function isTimeout(error: unknown): boolean {
  const names = [(error as Error)?.name, ((error as { cause?: Error })?.cause as Error)?.name];
  if (names.includes('TimeoutError') || names.includes('AbortError')) return true;
  return /aborted due to timeout|operation was aborted/i.test(String((error as Error)?.message ?? ''));
}

/**
 * Posts or updates the sticky comment; every failure (read-only token, API down or silent past the
 * time limit) is a warning, never a failed run. Runs after the outputs and the verdict are set.
 */
async function comment(report: Report, token: string, reportUrl: string | null): Promise<void> {
  const pullRequest = github.context.payload.pull_request;
  if (!pullRequest) {
    log.info('comment: true has no effect outside a pull_request event.');
    return;
  }
  const timeoutMs = apiTimeoutMs();
  try {
    // one signal for every request, so the whole exchange ends within the limit; `request` replaces
    // the defaults' object (proxy-aware fetch), hence the spread
    const octokit = github.getOctokit(token, {
      request: { ...defaults.request, signal: AbortSignal.timeout(timeoutMs) },
    });
    const { owner, repo } = github.context.repo;
    const login = await tokenLogin(octokit);
    const result = await upsertStickyComment({
      octokit,
      owner,
      repo,
      issueNumber: pullRequest.number,
      body: renderComment(report, { reportUrl }),
      marker: COMMENT_MARKER,
      isOwn: (existing) => isAuthoredBy(existing, login),
    });
    log.info(`drift-gate comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
  } catch (error) {
    if (isPermissionError(error)) {
      log.warning(
        'drift-gate could not comment on this pull request (the token is read-only, as on pull requests from forks). The job summary has the full result.',
      );
      return;
    }
    if (isTimeout(error)) {
      log.warning(
        `drift-gate could not comment on this pull request: the GitHub API did not answer within ${timeoutMs / 1000} s. The job summary has the full result.`,
      );
      return;
    }
    log.warning(`drift-gate could not comment on this pull request: ${(error as Error)?.message ?? error}`);
  }
}

/** Appends to the job summary; a summary that cannot be written is a warning (outputs and verdict are already set). */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown).write({ overwrite: false });
  } catch (error) {
    core.summary.emptyBuffer();
    log.warning(`drift-gate could not write the job summary: ${(error as Error)?.message ?? error}`);
  }
}

/**
 * Runs the action; never throws. Order: settings, the report path (checked before any work),
 * the pipeline, the JSON and HTML report files, the outputs and the verdict, the artifact upload
 * (upload-report), then the job summary (linking the artifact), the annotations and the comment, so neither an unwritable summary nor a silent API can lose the
 * outputs or change the exit status.
 */
export async function run(): Promise<void> {
  const tooOld = nodeVersionProblem(process.version);
  if (tooOld) {
    log.setFailed(tooOld);
    return;
  }
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  try {
    const settings = gatherSettings({
      root: workspace,
      config: core.getInput('config'),
      resolvePath: (path) => resolveInWorkspace(path, workspace, 'config'),
      layer: actionInputsLayer((key) => core.getInput(key)),
    });
    for (const key of ignoredByAdapter(settings, 'input'))
      log.info(
        `drift-gate: '${key}' in the config file is used only by the command line; the action ignores it.`,
      );
    const jsonPath = reportPath(settings, workspace);
    const markdownPath = settings.markdown
      ? resolveOutputPath(
          settings.markdown,
          workspace,
          [workspace, process.env.RUNNER_TEMP ?? ''],
          'markdown',
        )
      : null;
    const { report, artifacts } = await runPipelineWithArtifacts(settings, {
      root: workspace,
      confineToRoot: true,
      referenceRevision: referenceRevision(settings),
      workers: workerOverrides(process.env),
      labels: pullRequestLabels(readEventPayload(process.env.GITHUB_EVENT_PATH)),
    });
    writeReport(jsonPath, report);
    const html = htmlPath(jsonPath);
    writeText(html, renderHtml(report, { thumbnails: artifacts.thumbnails }), 'report-json');
    setOutputs(report, jsonPath);
    log.lines(renderText(report, { width: LOG_WIDTH }));
    const message = verdictMessage(report);
    if (report.verdict === 'fail') log.setFailed(message);
    else if (report.verdict === 'warn') log.warning(message, { title: 'drift-gate: passes with warnings' });
    else log.info(message);
    const reportUrl = settings.uploadReport ? await uploadReports([html, jsonPath], process.env) : null;
    const summary = renderMarkdown(report, { reportUrl });
    if (markdownPath) writeText(markdownPath, summary, 'markdown');
    await writeSummary(summary);
    annotate(
      report,
      workspaceRelative(resolveInWorkspace(settings.candidate as string, workspace, 'candidate'), workspace),
    );
    if (settings.comment) await comment(report, core.getInput('github-token'), reportUrl);
  } catch (error) {
    if (error instanceof UserInputError) {
      const message = error.describe();
      log.setFailed(message);
      await writeSummary(`## ⚠️ drift-gate could not run\n\n${escapeMarkdown(message)}\n`);
      return;
    }
    log.setFailed(
      `drift-gate failed unexpectedly (this is a bug; please report it): ${(error as Error)?.stack ?? error}`,
    );
  }
}
