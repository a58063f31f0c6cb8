import { parseSource, splitBom } from '../parse/parse-source';
import { detectPasswordGrants } from './detect-password-grants';
import type { DetectOptions, GrantSite } from './types';

/**
 * From source text and a file name to the password-grant sites, offsets relative to the
 * text without its BOM. Throws ParseError when the file cannot be parsed.
 */
export function detectInSource(source: string, fileName: string, options: DetectOptions = {}): GrantSite[] {
  const { text } = splitBom(source);
  return detectPasswordGrants(parseSource(text, fileName), text, options);
}
