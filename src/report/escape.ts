/**
 * Escaping for the three output contexts a data string can land in:
 * - GFM inline text (table cells, list items, headings, and HTML such as `<summary>`): `escapeMarkdown`;
 * - mermaid labels inside a fenced block: `escapeMermaidLabel`;
 * - terminal text: `sanitizeTerminal`;
 * - the runner's log (stdout/stderr, annotations), where a line starting with `::` is a workflow
 *   command: `forLog` for one message, `forLogLines` for the CLI's whole terminal text.
 * Every string that came from data (column names, category labels, sources, messages) goes through one
 * of these before it is written. Pure functions, no I/O.
 */

/** Characters replaced by numeric entities everywhere in markdown output. Entities are literal text in
 * CommonMark (never delimiters), and a browser decodes them inside raw HTML, so one escape serves both. */
const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '\\': '&#92;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  $: '&#36;',
};

/** Line breaks of any kind (they would end a table row or a list item). */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** Tabs (expand to spaces). */
const TABS = /\t/g;
/** Other C0 controls, DEL and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
/** Bidirectional overrides/isolates (can reorder what a reviewer reads, "Trojan Source"). */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Characters that start a block construct when they open a line; neutralised when leading. */
const LEADING_BLOCK = /^[#+\-=>:!%]/;

/** Replaces line breaks and tabs with spaces, and control / bidi characters with U+FFFD. */
export function flattenControls(value: string): string {
  return value
    .replace(LINE_BREAKS, ' ')
    .replace(TABS, ' ')
    .replace(CONTROLS, '\uFFFD')
    .replace(BIDI, '\uFFFD');
}

/** Per-code-unit replacements for ASCII (undefined: keep). */
const ASCII_MARKDOWN: (string | undefined)[] = (() => {
  const table: (string | undefined)[] = new Array(128).fill(undefined);
  for (let code = 0; code < 0x20; code++) table[code] = '\uFFFD';
  for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d]) table[code] = ' ';
  table[0x7f] = '\uFFFD';
  for (const [ch, entity] of Object.entries(MARKDOWN_ENTITIES)) table[ch.charCodeAt(0)] = entity;
  return table;
})();

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isBidi(code: number): boolean {
  return (
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c
  );
}

/**
 * Escapes a data string for GFM inline text and HTML text/attribute values: HTML specials as entities,
 * `|` as `&#124;` (no extra table cell), markdown emphasis/link/code/math delimiters and backslash as
 * entities, line breaks and tabs as spaces, control and bidi characters as U+FFFD, a leading block
 * marker (`#`, `>`, `-`, ...) as an entity, leading/trailing spaces as `&#32;`, and `@` before a word
 * (unless it follows an ASCII letter or digit, as in `data.csv@main`), `#` before a digit (`#1`,
 * `owner/repo#5`) and `GH-` before a digit broken with a zero-width space, so data can neither mention
 * a user nor link an issue. One pass (names can be many).
 */
export function escapeMarkdown(value: string): string {
  const text = String(value);
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    if (code === 0x23 && isDigit(text.charCodeAt(i + 1))) replacement = '#\u200b';
    else if (code < 0x80) replacement = ASCII_MARKDOWN[code];
    else if (code === 0x85 || code === 0x2028 || code === 0x2029) replacement = ' ';
    else if (code <= 0x9f || isBidi(code)) replacement = '\uFFFD';
    if (replacement === undefined) continue;
    out += text.slice(last, i) + replacement;
    last = i + 1;
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      i++;
      last = i + 1;
    }
  }
  out = last === 0 ? text : out + text.slice(last);
  // GitHub mentions a user after anything but an ASCII letter, digit or `_` (also after `é` or `中`)
  if (out.includes('@')) out = out.replace(/(^|[^A-Za-z0-9_])@(?=[\p{L}\p{N}_-])/gu, '$1@\u200b');
  // `GH-1` links issue 1 like `#1` does
  if (out.includes('-')) out = out.replace(/GH-(?=\d)/gi, (match) => `${match}\u200b`);
  const lead = LEADING_BLOCK.exec(out);
  if (lead) out = `&#${lead[0].charCodeAt(0)};${out.slice(1)}`;
  // Leading/trailing spaces would be trimmed by the table parser; keep them, they are data.
  if (out.startsWith(' ') || out.endsWith(' ')) {
    out = out.replace(/^ +| +$/g, (spaces) => '&#32;'.repeat(spaces.length));
  }
  return out;
}

/**
 * Sanitises a data string for a quoted mermaid label (`x-axis ["label"]`): a whitelist of letters,
 * digits, space and `._-:/()+%`; everything else (quotes, brackets, semicolons, `#`, backticks, line
 * breaks, `<>`) becomes `_`. Clipped to `maxLength` code points. Never empty.
 */
export function escapeMermaidLabel(value: string, maxLength = 24): string {
  const flat = flattenControls(String(value));
  const safe = flat.replace(/[^\p{L}\p{N} ._:/()+%-]/gu, '_').replace(/ {2,}/g, ' ');
  const clipped = clip(safe.trim(), maxLength);
  return clipped === '' ? '_' : clipped;
}

/** Visible stand-ins for C0 controls (U+2400 "control pictures"), so ESC shows as `␛`. */
function controlPicture(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\uFFFD';
}

/**
 * Makes a data string safe for a terminal: line breaks and tabs become spaces, C0 controls (ESC
 * included) and DEL become their visible control pictures (`␛`), C1 controls (8-bit CSI etc.) and bidi
 * overrides become U+FFFD. The result cannot start an ANSI escape sequence.
 */
export function sanitizeTerminal(value: string): string {
  return (
    String(value)
      .replace(LINE_BREAKS, ' ')
      .replace(TABS, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, controlPicture)
      .replace(BIDI, '\uFFFD')
  );
}

/** Clips a string to at most `max` code points, ending in `…` when clipped (never splits a surrogate pair). */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  // max + 1 code points take at most 2 * max + 2 code units: never split more than that (values can be MBs)
  const points = Array.from(value.length > 2 * max + 2 ? value.slice(0, 2 * max + 2) : value);
  if (points.length <= max) return value;
  return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Longest message (a reason, an explanation, an error) written to the log, in code points. */
export const MAX_LOG_MESSAGE = 4096;
/** Longest single data value inside a log message or an annotation title, in code points. */
export const MAX_LOG_VALUE = 200;
/** Longest line of the CLI's terminal text, in code points. */
export const MAX_LOG_LINE = 4096;

/** Line breaks the runner (or a log viewer) may split on, including U+2028/2029 and NEL. */
const LOG_LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** C0 controls other than the line breaks and tab, DEL and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const LOG_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
/** A workflow command (`::name::`) or a legacy one (`##[name]`) at the start of a line, after whitespace. */
const COMMAND_START = /^(\s*)(:)(:)|^(\s*)(#)(#\[)/;

/** Breaks a workflow command at the start of `line` with a zero-width space (`:\u200b:`). */
function defuseCommandStart(line: string): string {
  return line.replace(COMMAND_START, (_m, s1, a1, b1, s2, a2, b2) =>
    a1 === undefined ? `${s2}${a2}\u200b${b2}` : `${s1}${a1}\u200b${b1}`,
  );
}

/**
 * Neutralises a string for one log line of a GitHub runner (core.info, annotations, stderr): line
 * breaks and tabs become spaces, control characters are removed, bidi overrides become U+FFFD, the
 * text is clipped to `max` code points, and a leading `::` (or `##[`) is broken with a zero-width
 * space, so data can never start a workflow command such as `::add-mask::` or `::warning`.
 * O(length).
 */
export function forLog(text: string, max = MAX_LOG_MESSAGE): string {
  const flat = String(text)
    .replace(LOG_LINE_BREAKS, ' ')
    .replace(TABS, ' ')
    .replace(LOG_CONTROLS, '')
    .replace(BIDI, '\uFFFD');
  return defuseCommandStart(clip(flat, max));
}

/**
 * Neutralises multi-line text made by drift-gate itself (the CLI's terminal text, whose data parts
 * are already sanitised): every line, split at any line break, is clipped to `maxLine` code points
 * and cannot start a workflow command. Keeps ANSI colours. O(length).
 */
export function forLogLines(text: string, maxLine = MAX_LOG_LINE): string {
  return String(text)
    .split(LOG_LINE_BREAKS)
    .map((line) => defuseCommandStart(clip(line, maxLine)))
    .join('\n');
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a data string for HTML text and quoted attribute values (the HTML report): `& < > " '` as
 * entities, line breaks and tabs as spaces, control and bidi characters as U+FFFD
 * (flattenControls), clipped to `max` code points. The result can neither open a tag nor leave an
 * attribute. O(length).
 */
export function escapeHtml(value: string, max = Number.POSITIVE_INFINITY): string {
  const text = flattenControls(String(value));
  return (Number.isFinite(max) ? clip(text, max) : text).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}
