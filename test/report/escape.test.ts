import { describe, expect, it } from 'vitest';
import { clip, escapeMarkdown, escapeMermaidLabel, sanitizeTerminal } from '../../src/report/escape.js';

describe('escapeMarkdown', () => {
  it('escapes HTML specials as entities', () => {
    expect(escapeMarkdown('<img src=x onerror="a">')).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;');
    expect(escapeMarkdown("a & b's")).toBe('a &amp; b&#39;s');
  });

  it('escapes pipes so a name cannot add table cells', () => {
    const out = escapeMarkdown('| fake | row |');
    expect(out).not.toContain('|');
    expect(out).toBe('&#124; fake &#124; row &#124;');
  });

  it('neutralises emphasis, links, code, strikethrough, math and backslashes', () => {
    expect(escapeMarkdown('**bold**')).toBe('&#42;&#42;bold&#42;&#42;');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('&#91;x&#93;(javascript:alert(1))');
    expect(escapeMarkdown('`code`')).toBe('&#96;code&#96;');
    expect(escapeMarkdown('~~gone~~ $x$ _i_')).toBe('&#126;&#126;gone&#126;&#126; &#36;x&#36; &#95;i&#95;');
    expect(escapeMarkdown('a\\*b')).toBe('a&#92;&#42;b');
  });

  it('neutralises a leading block marker', () => {
    expect(escapeMarkdown('# heading')).toBe('&#35; heading');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
    expect(escapeMarkdown('- item')).toBe('&#45; item');
    expect(escapeMarkdown('a # b')).toBe('a # b');
  });

  it('flattens line breaks and replaces control and bidi characters', () => {
    expect(escapeMarkdown('line\nbreak\r\nx\ty')).toBe('line break x y');
    expect(escapeMarkdown('a\u001b[31mb')).toBe('a\uFFFD&#91;31mb');
    expect(escapeMarkdown('a\u202eb')).toBe('a\uFFFDb');
  });

  it('keeps leading and trailing spaces visible', () => {
    expect(escapeMarkdown(' a ')).toBe('&#32;a&#32;');
  });

  it('breaks @mentions but not addresses inside words', () => {
    expect(escapeMarkdown('@octocat')).toBe('@\u200boctocat');
    expect(escapeMarkdown('see @team')).toBe('see @\u200bteam');
    expect(escapeMarkdown('train.csv@main')).toBe('train.csv@main');
  });

  it('leaves ordinary names readable', () => {
    expect(escapeMarkdown('income (EUR) 2024')).toBe('income (EUR) 2024');
  });
});

describe('escapeMermaidLabel', () => {
  it('replaces quotes, brackets, semicolons, hashes and line breaks', () => {
    expect(escapeMermaidLabel('a"b[c]d;e#f\ng')).toBe('a_b_c_d_e_f g');
    expect(escapeMermaidLabel('```\n---')).toBe('___ ---');
    expect(escapeMermaidLabel('<img src=x>')).toBe('_img src_x_');
  });

  it('keeps letters, digits and simple punctuation, clips long names, never empty', () => {
    expect(escapeMermaidLabel('größe_cm (2024)')).toBe('größe_cm (2024)');
    expect(escapeMermaidLabel('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(escapeMermaidLabel('   ')).toBe('_');
  });
});

describe('sanitizeTerminal', () => {
  it('cannot emit escape sequences', () => {
    const out = sanitizeTerminal('\u001b[31mred\u001b[0m\u009b2J\u0007');
    expect(
      [...out].some(
        (ch) => ch.charCodeAt(0) < 0x20 || (ch.charCodeAt(0) >= 0x7f && ch.charCodeAt(0) <= 0x9f),
      ),
    ).toBe(false);
    expect(out).toBe('␛[31mred␛[0m\uFFFD2J␇');
  });

  it('flattens line breaks and tabs', () => {
    expect(sanitizeTerminal('a\nb\tc\r\nd')).toBe('a b c d');
  });
});

describe('clip', () => {
  it('clips by code points without splitting surrogate pairs', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
    expect(clip('😀😀😀😀😀', 3)).toBe('😀😀…');
  });
});
