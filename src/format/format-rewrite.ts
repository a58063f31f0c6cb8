import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { parseSource, REWRITTEN_TEXT_PARSE, splitBom } from '../parse/parse-source';
import { detectLayoutHabits } from '../rewrite/text-style';
import { layoutAddedLines } from './builtin-layout';
import { getLineLayout, readEditorconfig } from './editorconfig-settings';
import { findProjectPrettier, isInside, safeRealpath, type PrettierLocation } from './find-project-prettier';
import { getConfigKind } from './prettier-config-kind';
import { formatRangesWithPrettier, type PrettierApi } from './prettier-format';
import type { FormatOutcome, FormatSettings, LineLayout, TextRange } from './types';

/**
 * Formats the statements a rewrite added or changed, like the rest of the repository:
 *
 * 1. with the repository's own Prettier and configuration, where the file is governed by one
 *    (see find-project-prettier.ts for when Prettier is loaded, prettier-config-kind.ts for
 *    which configurations are only read);
 * 2. else to the `.editorconfig` line length and indentation (`editorconfig`);
 * 3. else to 80 columns with the file's own indentation (`builtin`).
 *
 * Never throws and never fails the file: whatever goes wrong leaves the rewrite as it was
 * written, with a note. Only the given ranges are touched.
 */

const PRETTIER_CONFIG_NAMES = [
  '.prettierrc',
  '.prettierrc.json',
  '.prettierrc.yaml',
  '.prettierrc.yml',
  '.prettierrc.json5',
  '.prettierrc.js',
  '.prettierrc.cjs',
  '.prettierrc.mjs',
  '.prettierrc.ts',
  '.prettierrc.cts',
  '.prettierrc.mts',
  '.prettierrc.toml',
  'prettier.config.js',
  'prettier.config.cjs',
  'prettier.config.mjs',
  'prettier.config.ts',
  'prettier.config.cts',
  'prettier.config.mts',
];

const TRUST_FLAG = '--trust-project-config';

function relativeName(target: string, root: string): string {
  return isInside(target, root) ? path.relative(root, target).split(path.sep).join('/') : path.basename(target);
}

/** The first line of an error, short: Prettier's messages carry a code frame of the file. */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0].trim();
  return firstLine.length > 160 ? `${firstLine.slice(0, 157)}...` : firstLine;
}

/** The built-in / editorconfig layout: synchronous and pure but for reading `.editorconfig`. */
export function formatWithoutPrettier(
  absoluteFile: string,
  original: string,
  rewritten: string,
  ranges: readonly TextRange[],
  notes: string[] = [],
): FormatOutcome {
  try {
    const body = splitBom(rewritten).text;
    const habits = detectLayoutHabits(parseSource(body, absoluteFile, REWRITTEN_TEXT_PARSE), body);
    const { layout, fromEditorconfig } = getLineLayout(readEditorconfig(absoluteFile), habits);
    return {
      text: layoutAddedLines(original, rewritten, ranges, absoluteFile, layout),
      format: fromEditorconfig ? 'editorconfig' : 'builtin',
      notes,
    };
  } catch (error) {
    return { text: rewritten, format: 'none', notes: [...notes, `the rewritten statements could not be laid out (${describeError(error)}); they are left as written`] };
  }
}

/** The built-in layout with a given layout, no file system at all (tests, fixtures). */
export function formatWithLayout(file: string, original: string, rewritten: string, ranges: readonly TextRange[], layout?: Partial<LineLayout>): string {
  const body = splitBom(rewritten).text;
  const habits = detectLayoutHabits(parseSource(body, file, REWRITTEN_TEXT_PARSE), body);
  const { layout: defaults } = getLineLayout({}, habits);
  return layoutAddedLines(original, rewritten, ranges, file, { ...defaults, ...layout });
}

/** The nearest package.json inside the root lists prettier as a dependency. */
function packageListsPrettier(absoluteFile: string, root: string): boolean {
  for (let dir = path.dirname(absoluteFile); isInside(dir, root); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, Record<string, unknown> | undefined>;
        return ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].some((key) => parsed[key]?.prettier !== undefined);
      } catch {
        return false;
      }
    }
    if (path.dirname(dir) === dir) break;
  }
  return false;
}

/** A Prettier configuration file near the file (for the note when Prettier is not installed). */
function findConfigByName(absoluteFile: string, root: string, run: RunLookups): string | null {
  for (let dir = path.dirname(absoluteFile); isInside(dir, root); dir = path.dirname(dir)) {
    let found = run.configByFolder.get(dir);
    if (found === undefined) {
      found = PRETTIER_CONFIG_NAMES.map((name) => path.join(dir, name)).find((file) => existsSync(file)) ?? null;
      run.configByFolder.set(dir, found);
    }
    if (found !== null) return found;
    if (path.dirname(dir) === dir) break;
  }
  return null;
}

/**
 * What formatting looked up on the file system that a run does not change, kept per run:
 * the real path of the run's root, and which folders hold a Prettier configuration file
 * (eighteen names to look for in every folder from a file up to the root: in a repository
 * without Prettier, a twentieth of each rewritten file's time). A run's files share one
 * settings object (see FormatSettings), and these live as long as it does; callers that make
 * settings per file (the ESLint plugin, the jscodeshift transform) keep nothing between files.
 */
interface RunLookups {
  realRoot: string;
  configByFolder: Map<string, string | null>;
}

const lookupsByRun = new WeakMap<FormatSettings, RunLookups>();

function runLookups(settings: FormatSettings): RunLookups {
  let lookups = lookupsByRun.get(settings);
  if (!lookups) {
    lookups = { realRoot: safeRealpath(settings.root), configByFolder: new Map() };
    lookupsByRun.set(settings, lookups);
  }
  return lookups;
}

const loaded = new Map<string, PrettierApi>();

function loadPrettier(entry: string): PrettierApi {
  let api = loaded.get(entry);
  if (!api) {
    // Only after find-project-prettier.ts has vetted the installation.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    api = require(entry) as PrettierApi;
    if (typeof api.format !== 'function' || typeof api.resolveConfig !== 'function') throw new Error('it does not export format and resolveConfig');
    loaded.set(entry, api);
  }
  return api;
}

type PrettierAttempt =
  | { kind: 'formatted'; text: string }
  | { kind: 'ignored'; note: string }
  | { kind: 'failed'; note: string }
  /** Prettier is not for this file (no configuration, an untrusted one): lay it out without */
  | { kind: 'skipped'; note?: string };

async function tryProjectPrettier(
  location: Extract<PrettierLocation, { kind: 'found' }>,
  absoluteFile: string,
  rewritten: string,
  ranges: readonly TextRange[],
  settings: FormatSettings,
): Promise<PrettierAttempt> {
  const label = `Prettier ${location.version}`;
  const trusted = settings.trustProjectConfig === true;
  let prettier: PrettierApi;
  try {
    prettier = loadPrettier(location.entry);
  } catch (error) {
    return { kind: 'failed', note: `could not load ${label} from ${relativeName(location.packageDir, settings.root)}: ${describeError(error)}; the rewrite is left unformatted` };
  }
  try {
    const configFile = typeof prettier.resolveConfigFile === 'function' ? await prettier.resolveConfigFile(absoluteFile) : null;
    if (configFile === null && !packageListsPrettier(absoluteFile, settings.root)) return { kind: 'skipped' };
    if (configFile !== null && !trusted && getConfigKind(configFile) === 'code') {
      return {
        kind: 'skipped',
        note: `the Prettier configuration ${relativeName(configFile, settings.root)} is code, which runs only with ${TRUST_FLAG}; laid out without Prettier`,
      };
    }
    const ignorePath = ['.gitignore', '.prettierignore'].map((name) => path.join(settings.root, name)).filter((file) => existsSync(file));
    const info = await prettier.getFileInfo(absoluteFile, {
      ignorePath: location.version.startsWith('2.') ? ignorePath[ignorePath.length - 1] : ignorePath,
    });
    if (info.ignored) return { kind: 'ignored', note: 'listed in .prettierignore: the rewrite is not formatted' };
    if (!info.inferredParser) return { kind: 'skipped', note: `${label} has no parser for this file; laid out without Prettier` };
    const options = (await prettier.resolveConfig(absoluteFile, { editorconfig: true, ...(configFile ? { config: configFile } : {}) })) ?? {};
    const plugins = options.plugins;
    if (!trusted && Array.isArray(plugins) && plugins.length > 0) {
      return { kind: 'skipped', note: `the Prettier configuration loads plugins (code), which run only with ${TRUST_FLAG}; laid out without Prettier` };
    }
    return { kind: 'formatted', text: await formatRangesWithPrettier(prettier, absoluteFile, rewritten, ranges, options) };
  } catch (error) {
    return { kind: 'failed', note: `${label} failed on this file (${describeError(error)}); the rewrite is left unformatted` };
  }
}

/**
 * The formatted rewrite of one file. `absoluteFile` is where the file lives (Prettier and
 * `.editorconfig` are looked up from it); `ranges` are offsets in `rewritten`.
 */
export async function formatRewrite(
  absoluteFile: string,
  original: string,
  rewritten: string,
  ranges: readonly TextRange[],
  given: FormatSettings,
): Promise<FormatOutcome> {
  let outcome: FormatOutcome;
  try {
    outcome = await formatRewriteUnsafe(absoluteFile, original, rewritten, ranges, given);
  } catch (error) {
    outcome = { text: rewritten, format: 'none', notes: [`formatting failed (${describeError(error)}); the rewrite is left unformatted`] };
  }
  // Notes name files of the scanned repository: no control character reaches a terminal.
  return { ...outcome, notes: outcome.notes.map((note) => note.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')) };
}

async function formatRewriteUnsafe(
  absoluteFile: string,
  original: string,
  rewritten: string,
  ranges: readonly TextRange[],
  given: FormatSettings,
): Promise<FormatOutcome> {
  if (!given.enabled || rewritten === original || ranges.length === 0) return { text: rewritten, format: 'none', notes: [] };
  // Paths are compared as real paths: the file's, Prettier's and the root's.
  const run = runLookups(given);
  const settings = { ...given, root: run.realRoot };
  const notes: string[] = [];
  let location: PrettierLocation;
  try {
    location = findProjectPrettier(absoluteFile, settings.root);
  } catch (error) {
    location = { kind: 'refused', reason: `could not look for Prettier (${describeError(error)})` };
  }
  if (location.kind === 'refused') notes.push(location.reason);
  if (location.kind === 'found') {
    const attempt = await tryProjectPrettier(location, absoluteFile, rewritten, ranges, settings);
    if (attempt.kind === 'formatted') return { text: attempt.text, format: 'prettier', notes };
    if (attempt.kind === 'ignored' || attempt.kind === 'failed') return { text: rewritten, format: 'none', notes: [...notes, attempt.note] };
    if (attempt.note) notes.push(attempt.note);
  } else if (location.kind === 'absent') {
    const config = findConfigByName(absoluteFile, settings.root, run);
    if (config) {
      notes.push(`${relativeName(config, settings.root)} configures Prettier, but no Prettier is installed in the repository (run npm install first); laid out without Prettier`);
    }
  }
  return formatWithoutPrettier(absoluteFile, original, rewritten, ranges, notes);
}
