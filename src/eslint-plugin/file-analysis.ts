import type { SourceCode } from 'eslint';
import { checkSource } from '../check/check-source';
import type { CheckOptions } from '../check/rule';
import type { Finding } from '../check/types';
import type { FileSettings } from '../config/schema';
import { ParseError } from '../errors';
import { getMigrationFix, type MigrationFix, type MigrationInput } from './migration-fix';

/**
 * What our detector says about one linted file, computed once however many of our rules
 * run on it: every rule of a file shares one `checkSource` (one parse, one detector pass)
 * and one rewrite. Keyed on ESLint's SourceCode object, which is one per file per pass,
 * so nothing outlives the text it was computed from. Within a file, runs are told apart by
 * the settings they depend on: rules given the same detection settings share one run.
 */

export type FileCheck = { findings: Finding[]; parseError?: undefined } | { parseError: ParseError; findings?: undefined };

/** Settings that only shape the rewrite; everything else (sdkModules, ...) may change what is found. */
const REWRITE_ONLY_KEYS = new Set(['scopes', 'clientIdEnv', 'clientSecretEnv', 'basePath', 'region', 'target', 'newrelic', 'newrelicSegmentName']);

const checks = new WeakMap<SourceCode, Map<string, FileCheck>>();
const fixes = new WeakMap<SourceCode, Map<string, MigrationFix | null>>();

function memo<T>(store: WeakMap<SourceCode, Map<string, T>>, sourceCode: SourceCode, key: string, compute: () => T): T {
  let byKey = store.get(sourceCode);
  if (!byKey) store.set(sourceCode, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}

/**
 * The options `check` would give the detector. The configuration's `rules` levels are not
 * passed: under ESLint, its own configuration says which rules run and how severely.
 */
function getCheckOptions(settings: FileSettings): CheckOptions {
  const detect = Object.entries(settings).filter(([key, value]) => !REWRITE_ONLY_KEYS.has(key) && key !== 'rules' && value !== undefined);
  return Object.fromEntries(detect) as CheckOptions;
}

export function getFileCheck(sourceCode: SourceCode, file: string, settings: FileSettings): FileCheck {
  const options = getCheckOptions(settings);
  return memo(checks, sourceCode, JSON.stringify(options), () => {
    try {
      return { findings: checkSource(sourceCode.text, file, options) };
    } catch (error) {
      if (error instanceof ParseError) return { parseError: error };
      throw error;
    }
  });
}

export function getFileFix(sourceCode: SourceCode, input: Omit<MigrationInput, 'text' | 'bom'>): MigrationFix | null {
  return memo(fixes, sourceCode, JSON.stringify([input.settings, input.scopesNamed]), () => {
    try {
      return getMigrationFix({ ...input, text: sourceCode.text, bom: sourceCode.hasBOM ? '\uFEFF' : '' });
    } catch {
      // A rewrite or formatting step that fails leaves the finding without a fix: a fix
      // must write exactly what migrate writes, or nothing.
      return null;
    }
  });
}

const fileProblemReported = new WeakSet<SourceCode>();

/**
 * A problem with the whole file (our parser cannot read it) is reported once, by the first
 * of our rules that runs on it, not once per rule.
 */
export function claimFileProblem(sourceCode: SourceCode): boolean {
  if (fileProblemReported.has(sourceCode)) return false;
  fileProblemReported.add(sourceCode);
  return true;
}
