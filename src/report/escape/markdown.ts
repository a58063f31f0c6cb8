import { escapeControlCharacters } from './terminal';

/**
 * Repository strings in a Markdown document that GitHub renders (a pull-request comment, a
 * job summary), one function per place a string can land. Only what has a meaning there is
 * escaped, so the comment stays readable in its source too (`src/a.js:3`, not `src/a\.js\:3`):
 *
 * - control characters (line breaks, U+2028, C1 controls, bidi overrides) become visible
 *   escapes, so no string can end the table row, list item or HTML element it sits in, or
 *   reorder what a reader sees;
 * - `&`, `<`, `>` are entities: HTML is never live (no tag, no `</details>`, no entity from the
 *   repository is decoded);
 * - inline Markdown that changes what is shown or links somewhere is escaped: backticks (code
 *   spans), `*`, `~`, `_` where it could emphasise (not inside a word: `grant_type` stays),
 *   `[`/`]` (links, images, footnotes: `[x](javascript:…)` cannot form), `$` (math), a `\`
 *   before punctuation (so a repository backslash cannot undo an escape), `|` (table cells);
 * - a string that may begin a line (a list item, a checklist step) cannot start a heading,
 *   a list, a quote or a rule;
 * - `@user` mentions, `#123` references and autolinks (`https://`, `www.`, e-mail addresses)
 *   are broken with a zero-width space (`&#8203;`, as Renovate and Dependabot do) so nobody
 *   is pinged and nothing is clickable.
 *
 * - `markdownText`: prose in a paragraph, list item or table cell;
 * - `markdownCode`: inline code in a paragraph, list item or table cell (`markdownTableCode` too);
 * - `htmlText`: inside an HTML element (`<summary>`, `<code>`, `<sub>`), which may be an HTML
 *   block (no Markdown read) or inline HTML (Markdown read): numeric entities hold in both.
 */

const ZERO_WIDTH_SPACE = '&#8203;';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Mentions, issue references and autolinks, broken after their trigger character. */
function neutraliseReferences(text: string): string {
  return text
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_SPACE}`)
    .replace(/(?<!&)#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\b(www)(\.)/gi, (_match, www: string, dot: string) => `${www}${ZERO_WIDTH_SPACE}${dot}`);
}

/** Always meaningful inline: code spans, emphasis, strikethrough, links, math. */
const INLINE_SYNTAX = /[`*~[\]$]/;

/**
 * A backslash is an escape only before ASCII punctuation (or a hard break at the end): one
 * from the repository there is escaped so it cannot undo ours; the `\n`, `\x1b`, `\u202e`
 * that show control characters are left readable.
 */
function backslashIsEscape(text: string, index: number): boolean {
  const next = text[index + 1];
  return next === undefined || /[!-/:-@[-`{-~]/.test(next);
}

/** `_` emphasises unless it sits inside a word (GFM: letters or digits on both sides). */
function underscoreCanEmphasise(text: string, index: number): boolean {
  const word = /[\p{L}\p{N}]/u;
  return !(word.test(text[index - 1] ?? '') && word.test(text[index + 1] ?? ''));
}

/** A block marker at the start of the text (heading, list, quote, rule, setext line, table). */
const LEADING_BLOCK_MARKER = /^(\s*)([#=+-]|\d{1,9}(?=[.)]))/;

function escapeText(text: string, escapeCharacter: (character: string) => string): string {
  const visible = escapeControlCharacters(text);
  let out = '';
  for (let index = 0; index < visible.length; index++) {
    const character = visible[index] as string;
    const entity = HTML_ENTITIES[character];
    if (entity) out += entity;
    else if (
      character === '|' ||
      INLINE_SYNTAX.test(character) ||
      (character === '_' && underscoreCanEmphasise(visible, index)) ||
      (character === '\\' && backslashIsEscape(visible, index))
    ) {
      out += escapeCharacter(character);
    }
    else out += character;
  }
  return neutraliseReferences(out);
}

/** Prose: no Markdown, no HTML, no mention, no link, no line break. Safe in a table cell too. */
export function markdownText(text: string): string {
  const escaped = escapeText(text, (character) => (character === '|' ? '&#124;' : `\\${character}`));
  // `1.` → `1\.`, `#` → `\#`: a list item or checklist step cannot open a block of its own.
  return escaped.replace(LEADING_BLOCK_MARKER, (_match, blanks: string, marker: string) => (/\d/.test(marker) ? `${blanks}${marker}\\` : `${blanks}\\${marker}`));
}

/**
 * Inline code in a paragraph, list item or table cell: a `<code>` element around escaped
 * prose. A backtick code span would show `<`, `&` or an entity as typed, so it could not
 * hold repository text without either raw HTML characters in the comment or garbled text;
 * between inline tags Markdown and entities are read as usual, so the escapes of
 * `markdownText` apply and the text shows exactly as it is.
 */
export function markdownCode(text: string): string {
  return `<code>${markdownText(text)}</code>`;
}

/** Inline code in a table cell (the same: `markdownText` already keeps `|` out of the table). */
export function markdownTableCode(text: string): string {
  return markdownCode(text);
}

/**
 * Text inside an HTML element (never at the start of a line): entities for HTML, no line
 * break that could end the block, and the inline Markdown characters as numeric entities
 * (read as the character in an HTML block and in inline HTML alike, and never as syntax).
 */
export function htmlText(text: string): string {
  return escapeText(text, (character) => `&#${character.charCodeAt(0)};`);
}
