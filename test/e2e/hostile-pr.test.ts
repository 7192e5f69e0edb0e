/**
 * Issue 10: the attacks of a hostile pull request, tried on the bundled action (dist/index.js) the
 * way a runner runs it: hostile data files, a hostile .github/drift.yml, hostile file names, and
 * a fake GitHub API on 127.0.0.1 (GITHUB_API_URL). Each test shows the attack blocked.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BundleRun, runBundle } from './run-bundle.js';

const examples = resolve('examples/data');
const MARKER = '<!-- drift-gate -->';

/** A workspace with the stable example pair (a passing comparison). */
function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'drift-gate-hostile-'));
  mkdirSync(join(root, 'data'));
  copyFileSync(join(examples, 'train-all.csv'), join(root, 'data/reference.csv'));
  copyFileSync(join(examples, 'stable.csv'), join(root, 'data/candidate.csv'));
  return root;
}
const passing = { reference: 'data/reference.csv', candidate: 'data/candidate.csv' };

/** Lines of the log that start (after whitespace) a workflow command. */
function commandLines(run: BundleRun): string[] {
  return `${run.stdout}\n${run.stderr}`
    .split(/\r\n|\n|\r|\u2028|\u2029/)
    .filter((line) => /^\s*::/.test(line));
}

describe('workflow commands from data never reach the log (item 2)', () => {
  let root = '';
  beforeAll(() => {
    root = workspace();
    const rows = (seed: number) => Array.from({ length: 120 }, (_, i) => `${i},${(i * seed) % 17},${i % 3}`);
    const header = 'id,"b\n::warning title=scan::All checks passed",c';
    writeFileSync(join(root, 'data/a.csv'), [header, ...rows(7)].join('\n'));
    const candidate = [header, ...rows(7)];
    candidate[5] = '5,"x\n::warning title=scan::All checks passed",1';
    candidate[6] = '6,"::add-mask::secret",1';
    candidate[7] = `7,"${'9'.repeat(10 * 1024 * 1024)}x",1`;
    candidate[8] = '8,"\u2028::error::fake\u2029::notice::fake",1';
    writeFileSync(join(root, 'data/b.csv'), candidate.join('\n'));
  });

  it.each([
    ['a run that passes with warnings (core.warning; fail-on never)', 'never'],
    ['a failing run (setFailed)', 'dataset-drift'],
  ])(
    '%s: only the action issues commands, and no line is huge',
    async (_label, failOn) => {
      const run = await runBundle(root, {
        reference: 'data/a.csv',
        candidate: 'data/b.csv',
        'fail-on': failOn,
      });
      expect(run.outputs.verdict, run.stderr).toBe(failOn === 'never' ? 'warn' : 'fail');
      expect(run.stdout).toMatch(/All checks passed/); // the value is there, as text
      for (const line of commandLines(run)) {
        // @actions/core's own annotations: `::error::msg`, `::warning::msg`, `::error title=...,file=...::msg`
        expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
        expect(line).not.toMatch(/^\s*::(add-mask|warning title=scan|error::fake|notice::fake)/);
      }
      const longest = Math.max(...`${run.stdout}\n${run.stderr}`.split('\n').map((line) => line.length));
      expect(longest).toBeLessThan(20_000);
    },
    120_000,
  );

  it('an image file name with a newline', async () => {
    const images = workspace();
    mkdirSync(join(images, 'a'));
    mkdirSync(join(images, 'b'));
    for (const side of ['a', 'b']) {
      writeFileSync(join(images, side, 'ok.png'), 'not a png');
      writeFileSync(join(images, side, 'x\n::warning title=scan::All checks passed.png'), 'not a png');
    }
    const run = await runBundle(images, { reference: 'a', candidate: 'b' });
    expect(run.status).not.toBeNull();
    for (const line of commandLines(run)) {
      expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
      expect(line).not.toMatch(/^::warning title=scan/);
    }
  }, 60_000);
});

describe('report-json cannot write outside the workspace or RUNNER_TEMP (item 4)', () => {
  it.each([
    ['an absolute path', (_root: string, outside: string) => join(outside, 'pwn.json')],
    ['a ../ path', () => '../pwn.json'],
    [
      'a symlinked folder',
      (root: string, outside: string) => {
        symlinkSync(outside, join(root, 'out'));
        return 'out/pwn.json';
      },
    ],
  ])(
    'from the config file: %s',
    async (_label, target) => {
      const root = workspace();
      const outside = mkdtempSync(join(tmpdir(), 'drift-gate-outside-'));
      const path = target(root, outside);
      mkdirSync(join(root, '.github'));
      writeFileSync(join(root, '.github/drift.yml'), `report-json: ${JSON.stringify(path)}\n`);
      const run = await runBundle(root, passing);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/::error::report-json .* is outside the workspace and RUNNER_TEMP/);
      expect(existsSync(join(outside, 'pwn.json'))).toBe(false);
      expect(existsSync(resolve(root, '../pwn.json'))).toBe(false);
    },
    60_000,
  );

  it('inside the workspace and in RUNNER_TEMP it is written', async () => {
    const root = workspace();
    const inside = await runBundle(root, { ...passing, 'report-json': 'reports/drift.json' });
    expect(inside.status, inside.stdout).toBe(0);
    expect(inside.outputs['report-json']).toBe(join(root, 'reports/drift.json'));
    expect(existsSync(join(root, 'reports/drift.json'))).toBe(true);
    const temp = mkdtempSync(join(tmpdir(), 'runner-temp-own-'));
    const inTemp = await runBundle(
      root,
      { ...passing, 'report-json': join(temp, 'drift.json') },
      { env: { RUNNER_TEMP: temp } },
    );
    expect(inTemp.status, inTemp.stdout).toBe(0);
    expect(existsSync(join(temp, 'drift.json'))).toBe(true);
  }, 60_000);
});

describe('user errors are one line, not a bug report (item 8)', () => {
  it.each([
    [
      'a YAML alias bomb',
      (root: string) => {
        const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
        for (let level = 1; level < 9; level++) {
          const name = String.fromCharCode(97 + level);
          lines.push(
            `${name}: &${name} [${Array(9)
              .fill(`*${String.fromCharCode(96 + level)}`)
              .join(',')}]`,
          );
        }
        mkdirSync(join(root, '.github'));
        writeFileSync(join(root, '.github/drift.yml'), lines.join('\n'));
        return {};
      },
      /::error::\.github\/drift\.yml: invalid YAML: .*alias/i,
    ],
    [
      'a config path that is a folder',
      (root: string) => {
        mkdirSync(join(root, 'conf'));
        return { config: 'conf' };
      },
      /::error::conf: the config path is a folder/,
    ],
    [
      'report-json pointing at a folder',
      (root: string) => {
        mkdirSync(join(root, 'reports'));
        return { 'report-json': 'reports' };
      },
      /::error::report-json "reports" is a folder/,
    ],
  ])(
    '%s',
    async (_label, prepare, message) => {
      const root = workspace();
      const extra = prepare(root);
      const run = await runBundle(root, { ...passing, ...extra });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(run.stdout).not.toMatch(/this is a bug|at .*\.js:\d+/);
    },
    60_000,
  );
});

describe('an unwritable job summary is a warning; the outputs and the exit status stand (item 7)', () => {
  it('GITHUB_STEP_SUMMARY in a folder that does not exist, or a folder', async () => {
    const root = workspace();
    for (const summary of ['/nonexistent/drift-gate/summary.md', root]) {
      const run = await runBundle(root, passing, { env: { GITHUB_STEP_SUMMARY: summary } });
      expect(run.status, run.stdout).toBe(0);
      expect(run.outputs.verdict).toBe('pass');
      expect(run.outputs.drift).toBe('false');
      expect(run.stdout).toMatch(/::warning::drift-gate could not write the job summary/);
      expect(run.stdout).not.toMatch(/this is a bug/);
    }
  }, 60_000);
});

/** A fake GitHub REST + GraphQL API on 127.0.0.1 that records what the action asked for. */
interface FakeApi {
  url: string;
  requests: { method: string; path: string; body: string }[];
  close(): Promise<void>;
}

async function fakeApi(
  handle: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<FakeApi> {
  const requests: FakeApi['requests'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', body });
      handle(req, res, body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

describe('the sticky comment (items 5 and 6)', () => {
  let api: FakeApi | null = null;
  afterEach(async () => {
    await api?.close();
    api = null;
  });

  /** Comments on the PR: an attacker's with the marker, and optionally drift-gate's own. */
  function github(own: boolean) {
    return (req: IncomingMessage, res: ServerResponse) => {
      const comments = [
        { id: 11, body: `${MARKER}\nAll checks passed`, user: { login: 'mallory', type: 'User' } },
        ...(own
          ? [{ id: 12, body: `${MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } }]
          : []),
      ];
      if (req.url === '/graphql') return json(res, 200, { data: { viewer: { login: 'github-actions' } } });
      if (req.method === 'GET' && req.url?.startsWith('/repos/octo/data/issues/7/comments'))
        return json(res, 200, comments);
      if (req.method === 'POST' && req.url === '/repos/octo/data/issues/7/comments')
        return json(res, 201, { id: 99, html_url: 'http://x/99' });
      if (req.method === 'PATCH') return json(res, 200, { id: 12, html_url: 'http://x/12' });
      json(res, 404, { message: 'Not Found' });
    };
  }

  it('never edits an attacker comment that carries the marker: creates its own', async () => {
    api = await fakeApi(github(false));
    const run = await runBundle(
      workspace(),
      { ...passing, comment: 'true' },
      { env: { GITHUB_API_URL: api.url } },
    );
    expect(run.status, run.stdout).toBe(0);
    const writes = api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/octo/data/issues/7/comments']);
    expect(run.stdout).toMatch(/drift-gate comment created/);
  }, 60_000);

  it('updates its own comment (author github-actions[bot]), not the attacker one above it', async () => {
    api = await fakeApi(github(true));
    const run = await runBundle(
      workspace(),
      { ...passing, comment: 'true' },
      { env: { GITHUB_API_URL: api.url } },
    );
    expect(run.status, run.stdout).toBe(0);
    const writes = api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /repos/octo/data/issues/comments/12']);
  }, 60_000);

  it('an API that accepts and never answers: a warning after the time limit; outputs and exit status stand', async () => {
    api = await fakeApi(() => undefined);
    const run = await runBundle(
      workspace(),
      { ...passing, comment: 'true' },
      { env: { GITHUB_API_URL: api.url, DRIFT_GATE_API_TIMEOUT_MS: '1500' }, killAfterMs: 60_000 },
    );
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.stdout).toMatch(
      /::warning::drift-gate could not comment on this pull request: the GitHub API did not answer within 1.5 s/,
    );
    expect(run.milliseconds).toBeLessThan(40_000);
  }, 70_000);
});
