/**
 * JSON settings files (configuration, baseline) from an untrusted repository: parsed without
 * quoting a byte of the text in an error (V8's messages include a piece of it, which for a
 * file reached by mistake could be anything), and refused past a nesting no real settings
 * file has, so that later code that walks the value cannot exhaust the stack.
 */

/** Far above any real configuration (overrides hold a few levels). */
export const MAX_JSON_DEPTH = 64;

export class JsonTextError extends Error {}

export function parseJsonText(text: string): unknown {
  const depth = measureNesting(text);
  if (depth > MAX_JSON_DEPTH) {
    throw new JsonTextError(`nested ${depth} levels deep; at most ${MAX_JSON_DEPTH} levels are read`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new JsonTextError(`not valid JSON${describePosition(text, error)}`);
  }
}

/** The deepest bracket nesting outside strings, counted without recursion. */
function measureNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c) index++;
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) inString = true;
    else if (character === 0x5b || character === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (character === 0x5d || character === 0x7d) depth--;
  }
  return deepest;
}

/** ` at line L, column C` from the parser's message, which otherwise may quote the text. */
function describePosition(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /at position (\d+)/.exec(message);
  if (!position) return message.includes('Unexpected end') ? ' (it ends too early)' : '';
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return ` at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
