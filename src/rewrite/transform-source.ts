// STUB — being implemented (detector + rewrite). Signature is final.
import type { RewriteOptions, TransformResult } from './types';

/**
 * Rewrites every fixable password-grant site of one file. Pure: text in, text out.
 * `file` is the path used in reports (relative, `/` separators) and to pick the parser.
 * Throws ParseError when the file cannot be parsed.
 */
export function transformSource(source: string, file: string, options: RewriteOptions = {}): TransformResult {
  void file;
  void options;
  return { output: source, changed: false, sites: [], manual: [], secrets: [], legacyEnvVars: [] };
}
