/**
 * Escaping for the three output contexts a data string can land in:
 * - GFM inline text (table cells, list items, headings, and HTML such as `<summary>`): `escapeMarkdown`;
 * - mermaid labels inside a fenced block: `escapeMermaidLabel`;
 * - terminal text: `sanitizeTerminal`.
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
 * broken with a zero-width space so a column name cannot mention a user. One pass (names can be many).
 */
export function escapeMarkdown(value: string): string {
  const text = String(value);
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    if (code < 0x80) replacement = ASCII_MARKDOWN[code];
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
  if (out.includes('@')) out = out.replace(/(^|[^\p{L}\p{N}_])@(?=[\p{L}\p{N}_-])/gu, '$1@\u200b');
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
  const points = Array.from(value);
  if (points.length <= max) return value;
  return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}
