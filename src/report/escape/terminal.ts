/**
 * Repository strings (file and folder names, quoted code, parser messages, config keys) in
 * text meant for a terminal or a CI log. Every control character becomes a visible escape
 * (`\n`, `\x1b`, `\u2028`), so a name can neither start a new log line nor drive the
 * terminal; bidirectional overrides (Trojan Source) are shown as escapes too. Whatever is
 * left cannot begin a GitHub workflow command: a leading `:` and every `##[` (the runner's
 * older command prefix, matched anywhere in a line) are escaped.
 */

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the invisible
 * direction marks and overrides (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069, U+FEFF).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escapeCharacter(character: string): string {
  const named = NAMED[character];
  if (named) return named;
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Control characters as visible escapes; nothing else changes. */
export function escapeControlCharacters(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/**
 * A repository string for a line of terminal or CI-log text: control characters escaped,
 * and no workflow command can start from it (`::` after optional blanks at its start, `##[`).
 */
export function escapeTerminalText(text: string): string {
  return escapeControlCharacters(text)
    .replace(/^(\s*):/, '$1\\x3a')
    // `::` anywhere: harmless mid-line, but no repository text should carry a command's shape
    .replace(/::/g, ':\\x3a')
    .replace(/##\[/g, '##\\x5b');
}

/**
 * The last guard on a whole text document printed to a CI log (our own lines included): a
 * line that would begin a workflow command after the runner trims its blanks has its first
 * `:` escaped. Repository strings are already escaped one by one; this keeps a future
 * printer line that forgot to from becoming a command.
 */
export function guardWorkflowCommands(document: string): string {
  return document.replace(/^([ \t]*):(?=:)/gm, '$1\\x3a').replace(/##\[/g, '##\\x5b');
}

/**
 * A repository string inside one of our own workflow commands (`::error file=…::message`):
 * control characters escaped and `##[` broken, but `:` and `::` kept, because the command
 * percent-encodes its properties and a message cannot start a line. A file name then reaches
 * the annotation as it is (`a::b.js` stays `a::b.js`), so GitHub attaches it to the file.
 */
export function escapeAnnotationText(text: string): string {
  return escapeControlCharacters(text).replace(/##\[/g, '##\\x5b');
}
