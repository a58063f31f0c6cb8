import type { FileSettings } from '../config/schema';
import { dropUndefined } from '../runner/file-options';
import { transformSource } from '../rewrite/transform-source';
import type { RewriteOptions } from '../rewrite/types';
import { inferFileScopes } from '../scopes/infer-file-scopes';
import { formatRewriteSync } from './format-sync';
import { getSmallestEdit, type TextEdit } from './smallest-edit';

/**
 * What `migrate` would write for one file, as one ESLint fix: every site of the file at
 * once, the dead declarations removed, formatted as `migrate` formats. ESLint applies one
 * fix per pass and lints again, so the fix is the same for every site it covers.
 */
export interface MigrationFix {
  edit: TextEdit;
  /** `line:column` (1-based) of each site the rewrite covers: their findings carry the fix */
  sites: ReadonlySet<string>;
}

export function siteKey(position: { line: number; column: number }): string {
  return `${position.line}:${position.column}`;
}

export interface MigrationInput {
  /** the file's text without its BOM (ESLint's `sourceCode.text`) */
  text: string;
  bom: string;
  absoluteFile: string;
  /** report path: picks the parser, as in `migrate` */
  file: string;
  settings: FileSettings;
  scopesNamed: boolean;
}

/** The settings as `migrate` hands them to the rewrite (runner/file-options: plain data). */
function getRewriteOptions(input: MigrationInput): RewriteOptions {
  const { scopes, rules: _rules, ...rest } = input.settings as FileSettings & { rules?: unknown };
  const base = dropUndefined({ ...rest }) as RewriteOptions;
  return input.scopesNamed && Array.isArray(scopes) ? { ...base, scopes } : base;
}

/**
 * `migrate`'s two passes on one file: the named settings first; where sites waited for
 * scopes that nobody named, again with inferred ones. `migrate` infers from the whole
 * service; ESLint shows a rule one file, so they are inferred from that file. None inferred
 * leaves the sites to a person, and the fix out.
 */
function transformLikeMigrate(input: MigrationInput) {
  const options = getRewriteOptions(input);
  const first = transformSource(input.text, input.file, options);
  if (first.waitingForScopes === 0 || input.scopesNamed) return first;
  let inferred: string[];
  try {
    inferred = inferFileScopes(input.text, input.file);
  } catch {
    return first;
  }
  return inferred.length > 0 ? transformSource(input.text, input.file, { ...options, scopes: inferred }) : first;
}

/** Null when `migrate` would leave the file as it is. Throws ParseError as the rewrite does. */
export function getMigrationFix(input: MigrationInput): MigrationFix | null {
  const result = transformLikeMigrate(input);
  if (!result.changed || result.output === input.text || result.sites.length === 0) return null;
  // ESLint keeps the file's BOM itself: the fix is made on the text without it.
  const after = formatRewriteSync({
    file: input.absoluteFile,
    before: input.text,
    after: result.output,
    ranges: result.changedRanges,
    root: process.cwd(),
  });
  const edit = getSmallestEdit(input.text, after);
  return edit ? { edit, sites: new Set(result.sites.map(siteKey)) } : null;
}
