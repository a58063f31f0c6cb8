import { parse, type ParserOptions, type ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';
import { ParseError } from '../errors';
import { correctLineNumbers, positionAt } from './line-numbers';

/**
 * Parser choice per file extension. One parser for every extension is a classic source of
 * failures (`<T>x` casts in .ts, JSX in .js), so each extension gets its own plugin list,
 * and plain-JS files fall back to Flow when the TypeScript flavour cannot read them.
 */

const COMMON_PLUGINS: ParserPlugin[] = [
  'decorators-legacy',
  'classProperties',
  'classPrivateProperties',
  'classPrivateMethods',
  'classStaticBlock',
  'dynamicImport',
  'exportDefaultFrom',
  'importMeta',
  'topLevelAwait',
  'importAttributes',
  'explicitResourceManagement',
];

const BASE_OPTIONS: ParserOptions = {
  sourceType: 'module',
  allowImportExportEverywhere: true,
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  allowSuperOutsideMethod: true,
  allowUndeclaredExports: true,
  allowNewTargetOutsideFunction: true,
  startLine: 1,
};

export type ParserFlavour = 'js' | 'jsx' | 'ts' | 'tsx' | 'dts' | 'flow';

/** Which flavours to try, in order, for a file name. */
export function getParserFlavours(fileName: string): ParserFlavour[] {
  const lower = fileName.toLowerCase();
  if (/\.d\.[mc]?ts$/.test(lower)) return ['dts'];
  if (/\.[mc]?ts$/.test(lower)) return ['ts'];
  if (lower.endsWith('.tsx')) return ['tsx'];
  // .js .jsx .mjs .cjs and anything else: JavaScript with JSX first, then JSX plus TypeScript
  // syntax (as jscodeshift's `tsx` parser reads it), then Flow, because plain JavaScript may
  // carry either. Plain JavaScript first: the TypeScript plugin costs a quarter more time on
  // plain code (measured on the Genesys SDK's 4 MB bundles, which check must parse), and it
  // reads `f < T > (x)` as a generic call where JavaScript means two comparisons.
  return ['jsx', 'tsx', 'flow'];
}

/** The jscodeshift parser name matching a file, for the transform's `parser` choice. */
export function getJscodeshiftParser(fileName: string): 'ts' | 'tsx' {
  const first = getParserFlavours(fileName)[0];
  return first === 'tsx' || first === 'jsx' ? 'tsx' : 'ts';
}

function pluginsFor(flavour: ParserFlavour): ParserPlugin[] {
  switch (flavour) {
    case 'js':
      return COMMON_PLUGINS;
    case 'jsx':
      return [...COMMON_PLUGINS, 'jsx'];
    case 'ts':
      return [...COMMON_PLUGINS, 'typescript'];
    case 'dts':
      return [...COMMON_PLUGINS, ['typescript', { dts: true }]];
    case 'tsx':
      return [...COMMON_PLUGINS, 'typescript', 'jsx'];
    case 'flow':
      return [...COMMON_PLUGINS, ['flow', { all: true }], 'jsx'];
  }
}

export interface ParseOptions {
  /** keep the token list (`file.tokens`) */
  tokens?: boolean;
  /**
   * Attach comments to nodes (`leadingComments`...), which printing and the rewrite's
   * placement of notes need. `check` reads `file.comments` only, and on a comment-heavy
   * bundle the attaching is a tenth of the parse: it turns it off.
   */
  attachComment?: boolean;
  /**
   * The caller only reads the tree: it may get the one parsed last for the same text and
   * parser (see lastReadOnly). The migration parses each rewritten file three times over
   * (the rewrite's own check that it parses, the layout's style detection, the line
   * breaking), always the same text; on small files those parses were half its time.
   */
  readOnly?: boolean;
  /**
   * Read the file as the JavaScript Node runs, whatever its name: no JSX, TypeScript or Flow.
   * For `check`'s files of other extensions (`require('./auth.txt')` runs auth.txt as a
   * script), where a picture in SVG would otherwise parse as JSX.
   */
  plainJavaScript?: boolean;
}

/**
 * The parse of a rewritten file's text that the rewrite's own check, the style detection and
 * the line breaking share (one parse for the three, see `readOnly`). None of them reads
 * comments attached to nodes, and attaching them was half of each such parse (measured on
 * the synthetic corpus's 250 grant files: 115 ms with, 55 ms without).
 */
export const REWRITTEN_TEXT_PARSE: ParseOptions = { readOnly: true, attachComment: false };

/** The last tree parsed for a read-only caller, with what it was parsed from. */
let lastReadOnly: { text: string; flavours: string; tokens: boolean; attachComment: boolean; ast: File } | null = null;

function tryParse(source: string, flavour: ParserFlavour, sourceType: 'module' | 'script', options: ParseOptions, recover = false): File {
  return parse(source, {
    ...BASE_OPTIONS,
    sourceType,
    plugins: pluginsFor(flavour),
    ...(options.tokens === true ? { tokens: true } : {}),
    ...(options.attachComment === false ? { attachComment: false } : {}),
    ...(recover ? { errorRecovery: true } : {}),
  });
}

/**
 * Scope errors Babel raises although the syntax is whole: a name declared twice
 * (`var body = …; … const body = …`, common in snippet files that paste several variants one
 * after another). TypeScript reads such a file and reports the clash as a type error; the
 * tree is complete, so reading it is better than giving up on every request in the file.
 */
const SCOPE_ONLY_ERRORS = new Set(['VarRedeclaration']);

function isScopeOnlyError(error: unknown): boolean {
  return SCOPE_ONLY_ERRORS.has(String((error as { reasonCode?: unknown })?.reasonCode));
}

/** The tree of a file whose only faults are scope errors, or null. */
function parseDespiteScopeErrors(source: string, flavours: ParserFlavour[], options: ParseOptions): File | null {
  for (const flavour of flavours) {
    for (const sourceType of ['module', 'script'] as const) {
      try {
        const file = tryParse(source, flavour, sourceType, options, true);
        const errors = (file as File & { errors?: unknown[] }).errors ?? [];
        if (errors.every(isScopeOnlyError)) return file;
      } catch {
        // a real syntax error in this flavour: try the next one
      }
    }
  }
  return null;
}

/**
 * Parses `source` (without a BOM) as the file's extension says. Throws ParseError with the
 * first flavour's message, which is the one the user expects to read.
 */
export function parseSource(source: string, fileName: string, options: ParseOptions = {}): File {
  if (options.readOnly !== true) return parseFresh(source, fileName, options);
  const key = { flavours: flavoursFor(fileName, options).join(), tokens: options.tokens === true, attachComment: options.attachComment !== false };
  const last = lastReadOnly;
  if (last && last.flavours === key.flavours && last.tokens === key.tokens && last.attachComment === key.attachComment && last.text === source) return last.ast;
  const ast = parseFresh(source, fileName, options);
  lastReadOnly = { text: source, ...key, ast };
  return ast;
}

function flavoursFor(fileName: string, options: ParseOptions): ParserFlavour[] {
  return options.plainJavaScript === true ? ['js'] : getParserFlavours(fileName);
}

function parseFresh(source: string, fileName: string, options: ParseOptions): File {
  const flavours = flavoursFor(fileName, options);
  let firstError: unknown;
  for (const flavour of flavours) {
    for (const sourceType of ['module', 'script'] as const) {
      try {
        return correctLineNumbers(tryParse(source, flavour, sourceType, options), source);
      } catch (error) {
        firstError ??= error;
      }
    }
  }
  if (isScopeOnlyError(firstError)) {
    const file = parseDespiteScopeErrors(source, flavours, options);
    if (file) return correctLineNumbers(file, source);
  }
  const err = firstError as { message?: string; loc?: { line: number; column: number }; pos?: number };
  const message = String(err?.message ?? firstError).replace(/\s*\(\d+:\d+\)$/, '');
  const at = typeof err?.pos === 'number' && err.loc ? positionAt(source, err.pos) : err?.loc;
  throw new ParseError(message, at?.line, at ? at.column + 1 : undefined);
}

/** Splits a leading byte-order mark off, so offsets in the AST match the text we edit. */
export function splitBom(source: string): { bom: string; text: string } {
  return source.charCodeAt(0) === 0xfeff ? { bom: '\uFEFF', text: source.slice(1) } : { bom: '', text: source };
}
