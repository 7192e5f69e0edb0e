/**
 * Issue 10, item 11: data (column names, category values) cannot mention users or link issues in
 * the job summary or the pull-request comment: `é@octocat` and `中@octocat` were left as they were
 * (only an `@` after an ASCII non-word character was broken), and `#1`, `owner/repo#5`, `GH-1`
 * linked issues.
 */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/escape.js';
import { renderComment, renderMarkdown } from '../../src/report/markdown.js';
import { comparedColumn, makeReport } from '../report/make-report.js';

const ZWSP = '\u200b';
const HOSTILE = ['é@octocat', '中@octocat', '@octocat', 'see #1', 'owner/repo#5', 'GH-1', '#12 leading'];

/** What GitHub would turn into a mention or an issue link (after `é`/`中` too). */
const PINGS = /(^|[^A-Za-z0-9_])@[A-Za-z0-9-]|#\d|GH-\d/i;

describe('mentions and issue references in data are neutralised', () => {
  it.each(HOSTILE)('escapeMarkdown(%j)', (value) => {
    const escaped = escapeMarkdown(value);
    expect(escaped.replace(/&#\d+;/g, '&')).not.toMatch(PINGS);
    // the text reads the same once the zero-width spaces are gone (entities aside)
    expect(escaped.replaceAll(ZWSP, '').replace('&#35;', '#')).toBe(value);
  });

  it('leaves addresses inside words, and entities, alone', () => {
    expect(escapeMarkdown('train.csv@main')).toBe('train.csv@main');
    expect(escapeMarkdown("it's")).toBe('it&#39;s');
    expect(escapeMarkdown('a # b')).toBe('a # b');
  });

  it('in the summary and the comment', () => {
    const report = makeReport({
      columns: HOSTILE.map((name, i) => comparedColumn({ name, drift: i % 2 === 0 })),
    });
    // GitHub does not look for mentions or references inside code blocks (mermaid charts are one)
    const outsideCode = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, '');
    for (const text of [renderMarkdown(report), renderComment(report)].map(outsideCode)) {
      for (const value of HOSTILE) expect(text).not.toContain(value);
      expect(text).toContain(`é@${ZWSP}octocat`);
      expect(text).toContain(`中@${ZWSP}octocat`);
      expect(text).toContain(`owner/repo#${ZWSP}5`);
      expect(text).toContain(`GH-${ZWSP}1`);
    }
  });
});
