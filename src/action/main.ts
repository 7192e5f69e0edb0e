/**
 * The GitHub Action adapter: inputs -> pipeline -> job summary, outputs, annotations, sticky
 * comment, exit status. The only module (with its siblings in src/action/) that imports @actions/*.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { runPipeline } from '../engine/pipeline.js';
import { UserInputError } from '../errors.js';
import { resolveInWorkspace, workspaceRelative } from '../inputs/workspace.js';
import { escapeMarkdown, flattenControls } from '../report/escape.js';
import { COMMENT_MARKER, renderComment, renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/model.js';
import { headline } from '../report/wording.js';
import { gatherSettings } from '../settings/gather.js';
import { actionInputsLayer, type Settings } from '../settings/settings.js';
import { workerOverrides } from '../workers/worker-file.js';
import { isPermissionError, upsertStickyComment } from './comment.js';
import { readEventPayload, requireBaseRevision } from './event.js';

/** GitHub shows at most 10 error annotations per step. */
const MAX_ANNOTATIONS = 10;

function referenceRevision(settings: Settings): string | null {
  if (!settings.referenceRef) return null;
  if (settings.referenceRef !== 'base') return settings.referenceRef;
  return requireBaseRevision(github.context.eventName, readEventPayload(process.env.GITHUB_EVENT_PATH));
}

function reportPath(settings: Settings, workspace: string): string {
  if (settings.reportJson)
    return isAbsolute(settings.reportJson) ? settings.reportJson : resolve(workspace, settings.reportJson);
  return join(process.env.RUNNER_TEMP ?? workspace, 'drift-gate-report.json');
}

function setOutputs(report: Report, jsonPath: string): void {
  core.setOutput('drift', String(report.dataset.drift));
  core.setOutput('drift-share', String(report.dataset.driftShare));
  core.setOutput('drifted-columns', JSON.stringify(report.dataset.driftedColumns));
  core.setOutput('report-json', jsonPath);
  core.setOutput('verdict', report.verdict);
}

function annotate(report: Report, candidateFile: string): void {
  const drifted = report.columns.filter((column) => column.drift);
  for (const column of drifted.slice(0, MAX_ANNOTATIONS)) {
    core.error(column.explanation, {
      title: `drift-gate: column '${column.name}' drifted`,
      file: candidateFile,
    });
  }
  if (drifted.length > MAX_ANNOTATIONS) {
    core.warning(`${drifted.length - MAX_ANNOTATIONS} more drifted columns are listed in the job summary.`);
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

async function comment(report: Report, token: string): Promise<void> {
  const pullRequest = github.context.payload.pull_request;
  if (!pullRequest) {
    core.info('comment: true has no effect outside a pull_request event.');
    return;
  }
  try {
    const octokit = github.getOctokit(token);
    const { owner, repo } = github.context.repo;
    const result = await upsertStickyComment({
      octokit,
      owner,
      repo,
      issueNumber: pullRequest.number,
      body: renderComment(report),
      marker: COMMENT_MARKER,
    });
    core.info(`drift-gate comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
  } catch (error) {
    if (isPermissionError(error)) {
      core.warning(
        'drift-gate could not comment on this pull request (the token is read-only, as on pull requests from forks). The job summary has the full result.',
      );
      return;
    }
    core.warning(`drift-gate could not comment on this pull request: ${(error as Error).message}`);
  }
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown).write({ overwrite: false });
}

/** Runs the action; never throws. */
export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  try {
    const settings = gatherSettings({
      root: workspace,
      config: core.getInput('config'),
      resolvePath: (path) => resolveInWorkspace(path, workspace, 'config'),
      layer: actionInputsLayer((key) => core.getInput(key)),
    });
    const report = await runPipeline(settings, {
      root: workspace,
      confineToRoot: true,
      referenceRevision: referenceRevision(settings),
      workers: workerOverrides(process.env),
    });
    const jsonPath = reportPath(settings, workspace);
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
    await writeSummary(renderMarkdown(report));
    setOutputs(report, jsonPath);
    annotate(
      report,
      workspaceRelative(resolveInWorkspace(settings.candidate as string, workspace, 'candidate'), workspace),
    );
    if (settings.comment) await comment(report, core.getInput('github-token'));
    const message = verdictMessage(report);
    if (report.verdict === 'fail') core.setFailed(message);
    else if (report.verdict === 'warn') core.warning(message, { title: 'drift-gate: passes with warnings' });
    else core.info(message);
  } catch (error) {
    if (error instanceof UserInputError) {
      const message = error.describe();
      await writeSummary(`## ⚠️ drift-gate could not run\n\n${escapeMarkdown(message)}\n`).catch(
        () => undefined,
      );
      core.setFailed(message);
      return;
    }
    core.setFailed(
      `drift-gate failed unexpectedly (this is a bug; please report it): ${(error as Error)?.stack ?? error}`,
    );
  }
}
