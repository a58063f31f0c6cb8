import { escapeControlCharacters } from './terminal';

/**
 * Repository strings in a Markdown document that GitHub renders (a pull-request comment, a
 * job summary), one function per place a string can land. Common to all of them: control
 * characters (line breaks included) become visible escapes, so no string can end the table
 * row, list item or HTML element it sits in; HTML is never live; `@user` mentions, `#123`
 * references and bare links are broken with a zero-width space (`&#8203;`, as Renovate and
 * Dependabot do) so nobody is pinged and nothing is clickable.
 *
 * - `markdownText`: prose in a paragraph, list item or table cell;
 * - `markdownCode`: inline code in a paragraph, list item or table cell (`markdownTableCode` too);
 * - `htmlText`: inside an HTML element (`<summary>`, `<code>`, `<sub>`).
 */

const ZERO_WIDTH_SPACE = '&#8203;';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `&`, `<`, `>`, quotes: HTML that can never become a tag or an attribute. */
function escapeHtmlCharacters(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] as string);
}

/**
 * Mentions, issue references and autolinks, broken after their trigger character. Runs on
 * escaped text: a `#` that starts an entity (`&#39;`) is ours and left alone, and `\.`/`\:`
 * are the Markdown escapes of a repository `.`/`:`.
 */
function neutraliseReferences(text: string): string {
  return text
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/(?<!&)#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\b(www)(\\?\.)/gi, (_match, www: string, dot: string) => `${www}${ZERO_WIDTH_SPACE}${dot}`);
}

/** Characters with a meaning in Markdown inline syntax (emphasis, links, code, headings, escapes). */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!~^$=:]/;

/** Prose: no Markdown, no HTML, no mention, no link, no line break. Safe in a table cell too. */
export function markdownText(text: string): string {
  const escaped = escapeControlCharacters(text).replace(/[\s\S]/gu, (character) => {
    if (character === '|') return '&#124;';
    const entity = HTML_ENTITIES[character];
    if (entity) return entity;
    return MARKDOWN_PUNCTUATION.test(character) ? `\\${character}` : character;
  });
  return neutraliseReferences(escaped);
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

/** Text inside an HTML element: entities for HTML, and no line break that could end the block. */
export function htmlText(text: string): string {
  // Brackets too: no Markdown link syntax survives, even where a renderer reads Markdown in HTML.
  const escaped = escapeHtmlCharacters(escapeControlCharacters(text)).replace(/[[\]()|]/g, (character) => `&#${character.charCodeAt(0)};`);
  return neutraliseReferences(escaped);
}
