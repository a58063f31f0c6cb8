import { closeSync, openSync, readSync } from 'fs';
import * as path from 'path';
/** File extensions the codemod reads: every flavour of JavaScript and TypeScript. */
export const SOURCE_EXTENSIONS: readonly string[] = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];

const SOURCE_FILE = new RegExp(`\\.(?:${SOURCE_EXTENSIONS.join('|')})$`, 'i');

export function hasSourceExtension(fileName: string): boolean {
  return SOURCE_FILE.test(fileName);
}

/** The `#!` line of a script Node (or a TypeScript runner on Node) executes. */
const NODE_SHEBANG = /^#![^\n]*\b(?:node|nodejs|ts-node|tsx|bun)\b/;
const SHEBANG_BYTES = 256;

/**
 * A file without an extension that Node runs: `bin/login` starting `#!/usr/bin/env node`.
 * Such scripts are JavaScript as much as `login.js` is, so a password grant in one must not
 * pass the gate for want of a `.js` (a pull request could otherwise hide it there). Only
 * names without a dot are opened, and only their first bytes read.
 */
export function isNodeScript(absolutePath: string): boolean {
  if (path.basename(absolutePath).includes('.')) return false;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(absolutePath, 'r');
    const head = Buffer.alloc(SHEBANG_BYTES);
    const length = readSync(descriptor, head, 0, SHEBANG_BYTES, 0);
    return NODE_SHEBANG.test(head.subarray(0, length).toString('latin1'));
  } catch {
    return false; // unreadable or not a file: not a script the walk can vouch for
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** A file the codemod reads: a JavaScript / TypeScript extension, or a Node script without one. */
export function isSourceFile(absolutePath: string): boolean {
  return hasSourceExtension(absolutePath) || isNodeScript(absolutePath);
}

/**
 * Extensions Node's `require()` never runs as JavaScript: `.json` is parsed as JSON and
 * `.node` loaded as a native addon. Every other extension it runs as a CommonJS script
 * (`require('./notes.txt')` executes notes.txt), and so does `node notes.txt`.
 */
const NEVER_RUN_AS_JAVASCRIPT = /\.(?:json|node)$/i;

/**
 * A file of another extension (or none, without a `#!` line) that `check` reads all the same:
 * Node runs it as JavaScript when code requires it, so a password grant in it is as live as
 * one in a `.js` file. It is analysed only when it parses as JavaScript; one that does
 * not (a picture, a README) is not JavaScript Node could run either, and is left out without
 * a word. See process-file.ts.
 */
export function mayRunAsJavaScript(fileName: string): boolean {
  return !hasSourceExtension(fileName) && !NEVER_RUN_AS_JAVASCRIPT.test(fileName);
}

/**
 * What discovery reads beyond the source files `migrate` rewrites. `check` is a gate, and
 * reads whatever Node may run (GATE_REACH): see discover.ts.
 */
export interface ListingReach {
  /** files of other extensions (not `.json`, not `.node`): `require('./auth.txt')` runs one */
  otherExtensions?: boolean;
  /** in a git work tree, the files git tracks inside node_modules folders (committed dependencies) */
  committedDependencies?: boolean;
  /** in a git work tree, the files of checked-out submodules, which git's own list leaves out */
  submodules?: boolean;
}

/** `check`'s reach: everything Node may run. */
export const GATE_REACH: Readonly<Required<ListingReach>> = { otherExtensions: true, committedDependencies: true, submodules: true };

/**
 * What discovery makes of a listed file: `source`, `other` (a file Node may run, kept only
 * when `otherExtensions` asks for them) or null (left out).
 */
export function classifyListedFile(absolutePath: string, otherExtensions: boolean): 'source' | 'other' | null {
  if (isSourceFile(absolutePath)) return 'source';
  return otherExtensions && mayRunAsJavaScript(absolutePath) ? 'other' : null;
}

/** The mark a listed file of kind `other` carries (`otherExtension`), spread into its entry. */
export function markListedFile(kind: 'source' | 'other'): { otherExtension?: true } {
  return kind === 'other' ? { otherExtension: true } : {};
}

/** Folders never searched, whatever the ignore files say: dependencies and git's own data. */
export const NEVER_SEARCHED_FOLDERS: readonly string[] = ['node_modules', '.git'];

/** True when a `/`-separated relative path goes through node_modules or .git. */
export function isInNeverSearchedFolder(relativePath: string): boolean {
  return relativePath.split('/').some((segment) => NEVER_SEARCHED_FOLDERS.includes(segment));
}

/**
 * Whether discovery leaves out a path git listed (relative to the folder given, `/`):
 * anything in `.git`; in `node_modules`, everything unless `committed` says the file is a
 * dependency the repository itself tracks and `check` reads those (see discover.ts).
 */
export function isLeftOutOfGitListing(relativePath: string, committed: boolean): boolean {
  const segments = relativePath.split('/');
  if (segments.includes('.git')) return true;
  return !committed && segments.includes('node_modules');
}
