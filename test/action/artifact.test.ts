/** Uploading the reports as a workflow artifact (src/action/artifact.ts), with the upload mocked. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ArtifactUploader,
  artifactName,
  artifactUrl,
  uploadReports,
} from '../../src/action/artifact.js';
import { compareTables } from '../../src/engine/compare.js';
import { renderComment, renderMarkdown, reportLinkLine } from '../../src/report/markdown.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { numericColumn, table } from '../helpers/tables.js';

const env = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/data',
  GITHUB_RUN_ID: '123',
  GITHUB_JOB: 'drift',
};
const files = ['/tmp/rt/drift-gate-report.html', '/tmp/rt/drift-gate-report.json'];

/** Captures what @actions/core writes to stdout (info lines and `::warning::` commands). */
function captureStdout(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe('artifact name and link', () => {
  it('names the artifact after the job and links the run artifact page', () => {
    expect(artifactName(env)).toBe('drift-gate-report-drift');
    expect(artifactName({})).toBe('drift-gate-report');
    expect(artifactName({ GITHUB_JOB: 'a/b:c' })).toBe('drift-gate-report-a-b-c');
    expect(artifactUrl(env, 42)).toBe('https://github.com/octo/data/actions/runs/123/artifacts/42');
  });

  it('gives no link without an id or with odd runner variables', () => {
    expect(artifactUrl(env, undefined)).toBeNull();
    expect(artifactUrl({ ...env, GITHUB_RUN_ID: '12)x' }, 1)).toBeNull();
    expect(artifactUrl({ ...env, GITHUB_SERVER_URL: 'javascript:alert(1)' }, 1)).toBeNull();
  });
});

describe('uploadReports', () => {
  it('uploads both files from their folder as one artifact and returns its link', async () => {
    const out = captureStdout();
    const uploadArtifact = vi
      .fn<ArtifactUploader['uploadArtifact']>()
      .mockResolvedValue({ id: 42, size: 1000 });
    const url = await uploadReports(files, env, { uploadArtifact });
    expect(url).toBe('https://github.com/octo/data/actions/runs/123/artifacts/42');
    expect(uploadArtifact).toHaveBeenCalledWith('drift-gate-report-drift', files, '/tmp/rt', {
      compressionLevel: 9,
    });
    expect(out.join('')).not.toContain('::warning');
  });

  it('turns a failed upload (no runtime token, as on act or GHES) into a warning and no link', async () => {
    const out = captureStdout();
    const uploadArtifact = vi
      .fn<ArtifactUploader['uploadArtifact']>()
      .mockRejectedValue(new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable'));
    expect(await uploadReports(files, env, { uploadArtifact })).toBeNull();
    const text = out.join('');
    expect(text).toMatch(
      /^::warning::drift-gate could not upload the reports as a workflow artifact \(Unable to get the ACTIONS_RUNTIME_TOKEN env variable\)/m,
    );
    expect(text).toContain('upload-report: false');
  });

  it('takes the next free name when a matrix job of the same job already used it (HTTP 409)', async () => {
    // regression: two matrix jobs share GITHUB_JOB; the second upload only warned
    const out = captureStdout();
    const taken = new Error(
      'Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    );
    const uploadArtifact = vi
      .fn<ArtifactUploader['uploadArtifact']>()
      .mockRejectedValueOnce(taken)
      .mockRejectedValueOnce(taken)
      .mockResolvedValue({ id: 7, size: 10 });
    expect(await uploadReports(files, env, { uploadArtifact })).toBe(
      'https://github.com/octo/data/actions/runs/123/artifacts/7',
    );
    expect(uploadArtifact.mock.calls.map((call) => call[0])).toEqual([
      'drift-gate-report-drift',
      'drift-gate-report-drift-2',
      'drift-gate-report-drift-3',
    ]);
    expect(out.join('')).toContain("as artifact 'drift-gate-report-drift-3'");
    expect(out.join('')).not.toContain('::warning');
  });

  it('warns after five taken names, and does not retry other failures', async () => {
    captureStdout();
    const taken = vi
      .fn<ArtifactUploader['uploadArtifact']>()
      .mockRejectedValue(new Error('Failed request: (409) Conflict'));
    expect(await uploadReports(files, env, { uploadArtifact: taken })).toBeNull();
    expect(taken).toHaveBeenCalledTimes(5);
    const down = vi
      .fn<ArtifactUploader['uploadArtifact']>()
      .mockRejectedValue(new Error('(503) unavailable'));
    expect(await uploadReports(files, env, { uploadArtifact: down })).toBeNull();
    expect(down).toHaveBeenCalledTimes(1);
  });

  it('gives up with a warning when the upload does not answer within the time limit', async () => {
    const out = captureStdout();
    const uploadArtifact = vi.fn<ArtifactUploader['uploadArtifact']>().mockReturnValue(new Promise(() => {}));
    expect(await uploadReports(files, env, { uploadArtifact }, 20)).toBeNull();
    expect(out.join('')).toContain('no answer within 0.02 s');
  });
});

describe('the link in the job summary and the comment', () => {
  const report = compareTables(
    table('ref.csv', [numericColumn('x', [1, 2, 3, 4, 5, 6])]),
    table('cand.csv', [numericColumn('x', [1, 2, 3, 4, 5, 6])]),
    resolveSettings([]),
  );
  const url = 'https://github.com/octo/data/actions/runs/123/artifacts/42';

  it('links the artifact under the sides line; without a link the summary is unchanged', () => {
    const line = `📊 **Full report:** [charts of every column (HTML) and the JSON report](${url}) (workflow artifact)`;
    expect(reportLinkLine(url)).toBe(line);
    const plain = renderMarkdown(report);
    const linked = renderMarkdown(report, { reportUrl: url });
    expect(linked.replace(`${line}\n\n`, '')).toBe(plain);
    expect(renderComment(report, { reportUrl: url })).toContain(line);
    expect(renderMarkdown(report, { reportUrl: null })).toBe(plain);
  });

  it('writes no link for a URL that could break out of the markdown link', () => {
    expect(reportLinkLine('https://x.test/a)(b')).toBe('');
    expect(reportLinkLine('javascript:alert(1)')).toBe('');
  });
});
