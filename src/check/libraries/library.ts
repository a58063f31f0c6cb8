import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';

/**
 * One OAuth client library family that can perform a password grant without any raw HTTP
 * request in sight. A family is one module in this folder, listed in `index.ts`, with its rows
 * in `__tests__/library-password-grant.rule.test.ts`: adding a library is adding one file.
 *
 * A family recognises its library through the file's import/require (see `LibraryFile`), so
 * an unrelated `.getToken()` or `.password()` is not its business, and decides the grant from
 * what the file shows: a grant type read from a variable it cannot resolve is left out.
 */
export interface OAuthLibrary {
  /** the package name, as the finding's message names it */
  name: string;
  /**
   * A file can only hold one of this family's password grants if its text holds one of these
   * strings (package names, or method names specific to the library). The rule runs the
   * family only there, and the runner's prefilter includes them.
   */
  needles: readonly string[];
  find(file: LibraryFile): LibraryGrant[];
}

/** A password grant sent through a library, at `node` (the call, constructor or class). */
export interface LibraryGrant {
  node: t.Node;
  /** the library API used, e.g. `ResourceOwnerPassword#getToken` */
  api: string;
  /** the package, when a family covers several (else the family's name) */
  library?: string;
}

/** The calls, constructions and classes of one parsed file, collected in one walk. */
export interface LibraryFile {
  text: string;
  calls: readonly NodePath<t.CallExpression | t.OptionalCallExpression>[];
  constructions: readonly NodePath<t.NewExpression>[];
  classes: readonly NodePath<t.Class>[];
  /** `export ... from 'm'` declarations */
  reexports: readonly NodePath<t.ExportNamedDeclaration | t.ExportAllDeclaration>[];
  /** every module specifier the file loads (import, require, import(), import x = require()) */
  loadedModules: ReadonlySet<string>;
  /** module specifiers that a test double replaces (`jest.mock('m')`, `vi.mock('m')`) */
  mockedModules: ReadonlySet<string>;
}

/** Does the file load one of these packages (or a file inside one), without mocking it? */
export function loadsPackage(file: LibraryFile, packages: readonly string[]): boolean {
  const matches = (specifier: string) => packages.some((name) => specifier === name || specifier.startsWith(`${name}/`));
  return [...file.loadedModules].some(matches) && ![...file.mockedModules].some(matches);
}

/** Is this module specifier one of these packages (or a file inside one)? */
export function isPackage(specifier: string, packages: readonly string[]): boolean {
  return packages.some((name) => specifier === name || specifier.startsWith(`${name}/`));
}

/**
 * The package a finding names when a family covers several: `named` when the file loads it
 * (or a file inside it), else `otherwise`. `fetch-mw-oauth2` rather than its successor's name,
 * the legacy `ringcentral` rather than @ringcentral/sdk.
 */
export function namedPackage(file: LibraryFile, named: string, otherwise: string): string {
  return [...file.loadedModules].some((module) => isPackage(module, [named])) ? named : otherwise;
}

/** The first of `packages` that the module specifier is (or is a file of), or null. */
export function packageOf(specifier: string, packages: readonly string[]): string | null {
  return packages.find((name) => isPackage(specifier, [name])) ?? null;
}

/** The first of `packages` the file loads (without mocking it), or null. */
export function loadedPackage(file: LibraryFile, packages: readonly string[]): string | null {
  return packages.find((name) => loadsPackage(file, [name])) ?? null;
}
