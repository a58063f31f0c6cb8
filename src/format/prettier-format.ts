import { splitBom } from '../parse/parse-source';
import type { TextRange } from './types';

/**
 * Formats the changed statements of a file with a project's Prettier and splices the
 * result into the file: Prettier's range formatting (`rangeStart` / `rangeEnd`) on the
 * file's text with LF line breaks, then only the span Prettier changed goes back, with the
 * file's own line break, so every other byte (BOM, CRLF, comments, other statements) stays.
 */

/** The part of Prettier's API used here (Prettier 2 and 3 both have it; 3 is async). */
export interface PrettierApi {
  version?: string;
  format(source: string, options: Record<string, unknown>): string | Promise<string>;
  resolveConfig(file: string, options?: Record<string, unknown>): Promise<Record<string, unknown> | null>;
  resolveConfigFile(file?: string): Promise<string | null>;
  getFileInfo(file: string, options?: Record<string, unknown>): Promise<{ ignored: boolean; inferredParser: string | null }>;
}

/** Offset in `text` after `count` characters of its LF form (a CRLF counts as one). */
function toRawOffset(text: string, count: number): number {
  let index = 0;
  for (let seen = 0; seen < count && index < text.length; seen++) {
    index += text[index] === '\r' && text[index + 1] === '\n' ? 2 : 1;
  }
  return index;
}

function toLfOffset(text: string, offset: number): number {
  return offset - (text.slice(0, offset).match(/\r\n/g) ?? []).length;
}

/** Ranges with only white space between them become one: one Prettier call each. */
export function mergeAdjacentRanges(text: string, ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, range.start))) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * `text` with the statements in `ranges` formatted by `prettier` with `options` (the
 * project's resolved configuration). Throws when Prettier fails, or when it changed text
 * beyond the lines of the statements it was given.
 */
export async function formatRangesWithPrettier(
  prettier: PrettierApi,
  file: string,
  text: string,
  ranges: readonly TextRange[],
  options: Record<string, unknown>,
): Promise<string> {
  const { bom, text: body } = splitBom(text);
  const eol = (body.match(/\r\n/g) ?? []).length * 2 > (body.match(/\n/g) ?? []).length ? '\r\n' : '\n';
  const shifted = ranges.map((range) => ({ start: range.start - bom.length, end: range.end - bom.length }));
  let current = body;
  // Last range first: a replacement never moves the ranges before it.
  for (const range of mergeAdjacentRanges(body, shifted).reverse()) {
    const lf = current.replace(/\r\n/g, '\n');
    const start = toLfOffset(current, range.start);
    const end = toLfOffset(current, range.end);
    const formatted = await prettier.format(lf, { ...options, filepath: file, rangeStart: start, rangeEnd: end, endOfLine: 'lf' });
    let prefix = 0;
    while (prefix < lf.length && prefix < formatted.length && lf[prefix] === formatted[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < lf.length - prefix &&
      suffix < formatted.length - prefix &&
      lf[lf.length - 1 - suffix] === formatted[formatted.length - 1 - suffix]
    ) {
      suffix++;
    }
    if (prefix === lf.length && prefix === formatted.length) continue;
    const firstLine = lf.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = lf.indexOf('\n', end);
    const lastLine = lineEnd === -1 ? lf.length : lineEnd;
    if (prefix < firstLine || lf.length - suffix > lastLine) {
      throw new Error('Prettier changed text outside the rewritten statements, so its layout was not used');
    }
    const replacement = formatted.slice(prefix, formatted.length - suffix).replace(/\n/g, eol);
    current = current.slice(0, toRawOffset(current, prefix)) + replacement + current.slice(toRawOffset(current, lf.length - suffix));
  }
  return bom + current;
}
