import { existsSync, lstatSync } from 'fs';
import * as path from 'path';
import type { LoaderSync } from 'lilconfig';
import { UsageError } from '../errors';
import { assertNotLinkedOutside, assertReadableSettingsFile } from './inside-tree';
import { JsonTextError, parseJsonText } from './parse-json-text';
import type { ConfigFile } from './schema';

/**
 * What the command line (`loadConfig`) and the ESLint plugin (`loadJsonConfigSync`) share in
 * reading a configuration file from an untrusted repository: the link guard (a file in the
 * tree that links outside it is refused before a byte of it is read), the JSON parse that
 * quotes nothing and refuses absurd nesting, the schema check, and the words of the errors.
 * Both search with lilconfig; these are the loaders and checks they hand it.
 */

export interface LoadedConfig {
  /** absolute path of the file read */
  file: string;
  /** its folder: override globs are relative to it */
  folder: string;
  config: ConfigFile;
}

/** A JSON loader (synchronous, so both lilconfig and lilconfigSync take it) behind the link guard. */
export function guardedJsonLoader(trees: readonly string[], display: (file: string) => string): LoaderSync {
  return (file, content) => {
    assertNotLinkedOutside(file, trees, display(file));
    return parseJsonText(content);
  };
}

/**
 * lilconfig reads a file before its loader sees it, so the files a search would read are
 * checked first (`assertReadableSettingsFile`): from `start` upwards, every search place
 * that exists, up to the first that is not a package.json (a package.json without the key
 * lets the search go on). A committed `.password-grant-codemod.json -> /dev/zero` is refused
 * instead of read for ever.
 */
export function guardSearchPlaces(start: string, places: readonly string[], trees: readonly string[], display: (file: string) => string): void {
  for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
    for (const place of places) {
      const file = path.join(folder, place);
      if (!lstatSync(file, { throwIfNoEntry: false })) continue;
      assertReadableSettingsFile(file, trees, display(file));
      if (place !== 'package.json') return;
    }
    if (path.dirname(folder) === folder) return;
  }
}

/**
 * The folders a repository occupies, seen from `folder` without running git (the ESLint
 * plugin must stay synchronous): the folder itself and the nearest one above it holding `.git`.
 */
export function repositoryTreesSync(folder: string): string[] {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return [path.resolve(folder), current];
    if (path.dirname(current) === current) return [path.resolve(folder)];
  }
}

/** The found value validated by the schema; a UsageError naming the file and each bad key. */
export function toLoadedConfig(found: { filepath: string; config: unknown; isEmpty?: boolean }, shown: string, hint: string): LoadedConfig {
  // A package.json without our key, named by --config, holds no settings: like an empty file.
  const raw = found.isEmpty || found.config === null || found.config === undefined ? {} : found.config;
  // The schema (zod) loads only when a configuration file exists: most runs have none.
  const { configSchema } = require('./schema') as typeof import('./schema');
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const { formatConfigIssues } = require('./format-config-issues') as typeof import('./format-config-issues');
    const lines = formatConfigIssues(parsed.error.issues);
    throw new UsageError(`invalid configuration in ${shown}:\n    ${lines.join('\n    ')}`, hint);
  }
  return { file: found.filepath, folder: path.dirname(found.filepath), config: parsed.data };
}

/** Why a file could not be loaded, in words that quote none of its content. */
export function describeLoadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof JsonTextError) return message;
  // A JavaScript file's own syntax error (named with --config): V8 quotes no file content in it.
  if (error instanceof SyntaxError) return `not valid JavaScript (${message.split('\n')[0]})`;
  if (/No loader specified for extension/.test(message)) {
    return 'unsupported file type; expected .json, .js, .cjs or .mjs (or a package.json)';
  }
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'file not found';
  return message;
}

/** A loader's failure, with the file it was reading (a search does not say which it was). */
export class ConfigLoadError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(String(cause));
  }
}

/** A loader whose failures say which file they were reading. */
export function naming<L extends (file: string, content: string) => unknown>(loader: L): L {
  return ((file: string, content: string) => {
    try {
      const result = loader(file, content);
      // An async loader's rejection carries the file too.
      return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(new ConfigLoadError(file, error))) : result;
    } catch (error) {
      throw new ConfigLoadError(file, error);
    }
  }) as L;
}

/** A failure of the search or load: a UsageError as it is, anything else naming the file. */
export function toUsageError(error: unknown, fallbackFile: string, display: (file: string) => string, hint: string): UsageError {
  const cause = error instanceof ConfigLoadError ? error.cause : error;
  if (cause instanceof UsageError) return cause;
  const file = error instanceof ConfigLoadError ? error.file : fallbackFile;
  return new UsageError(`${display(file)}: cannot be read: ${describeLoadError(cause)}`, hint);
}
