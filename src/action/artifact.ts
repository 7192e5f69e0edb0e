/**
 * Uploads the HTML and JSON reports as one workflow artifact (@actions/artifact) and returns the
 * link the job summary and the comment show. A name already taken in the run (two matrix jobs of
 * one job) is retried with a number; every other failure (no runtime token as on act or GHES, the
 * service down or silent past the time limit) is a warning and a null link, never a failed gate:
 * the outputs and the verdict are already set when this runs.
 */
import { basename, dirname } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { log } from './log.js';

/** The part of @actions/artifact's client used here (structural, so tests can pass a fake). */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number; compressionLevel?: number },
  ): Promise<{ id?: number; size?: number }>;
}

/** The runner's variables the artifact name and link are made of. */
export interface ArtifactEnvironment {
  readonly GITHUB_SERVER_URL?: string;
  readonly GITHUB_REPOSITORY?: string;
  readonly GITHUB_RUN_ID?: string;
  readonly GITHUB_JOB?: string;
}

/** Time limit of the upload; past it the run carries on with a warning. */
export const UPLOAD_TIMEOUT_MS = 120_000;

/**
 * Names tried when the first is taken (`-2` ... `-5`): two matrix jobs share GITHUB_JOB, and the
 * artifact service refuses a name already used in the run (HTTP 409).
 */
const NAME_ATTEMPTS = 5;

/** Whether an upload failed because the run already has an artifact of that name. */
function nameTaken(error: unknown): boolean {
  const message = (error as Error)?.message ?? '';
  return /\(409\)|already exists/i.test(message);
}

/** `drift-gate-report`, or `drift-gate-report-<job>` so two jobs of one run do not claim the same name. */
export function artifactName(env: ArtifactEnvironment): string {
  const job = (env.GITHUB_JOB ?? '').replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 100);
  return job ? `drift-gate-report-${job}` : 'drift-gate-report';
}

/** The artifact's page (`<server>/<owner>/<repo>/actions/runs/<run>/artifacts/<id>`), or null when a part is missing. */
export function artifactUrl(env: ArtifactEnvironment, id: number | undefined): string | null {
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const run = env.GITHUB_RUN_ID ?? '';
  if (id === undefined || !/^https?:\/\/[^\s()<>"'`]+$/.test(server)) return null;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(run)) return null;
  return `${server}/${repository}/actions/runs/${run}/artifacts/${id}`;
}

/**
 * Uploads `files` (all in one folder) as one artifact; returns its link, or null with a warning.
 * `client` defaults to @actions/artifact's DefaultArtifactClient.
 */
export async function uploadReports(
  files: readonly string[],
  env: ArtifactEnvironment,
  client: ArtifactUploader = new DefaultArtifactClient(),
  timeoutMs = UPLOAD_TIMEOUT_MS,
): Promise<string | null> {
  const base = artifactName(env);
  let name = base;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    let result: { id?: number } | undefined;
    for (let attempt = 1; result === undefined; attempt++) {
      name = attempt === 1 ? base : `${base}-${attempt}`;
      try {
        result = await Promise.race([
          client.uploadArtifact(name, [...files], dirname(files[0]), { compressionLevel: 9 }),
          timeout,
        ]);
      } catch (error) {
        if (!nameTaken(error) || attempt === NAME_ATTEMPTS) throw error;
      }
    }
    const url = artifactUrl(env, result.id);
    log.info(
      `drift-gate uploaded the reports (${files.map((f) => basename(f)).join(', ')}) as artifact '${name}'${url ? `: ${url}` : ''}`,
    );
    return url;
  } catch (error) {
    log.warning(
      `drift-gate could not upload the reports as a workflow artifact (${(error as Error)?.message ?? error}); the job summary has the result. Set upload-report: false to skip the upload.`,
    );
    return null;
  } finally {
    clearTimeout(timer);
  }
}
