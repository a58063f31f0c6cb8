import * as path from 'path';
import picomatch from 'picomatch';
import type { LoadedConfig } from './load-config';
import type { FileSettings } from './schema';
import { leavesFolder } from '../paths/inside';

/**
 * Precedence, per key: the command line, then the overrides whose `files` match (in order,
 * the last match winning, like ESLint's overrides), then the file's top-level keys, then the
 * defaults (which the rewrite applies). Where the scopes came from is kept for the reports.
 */

/** `cli`, `config`, `override <glob>`, or `inferred` when the winning value is "auto". */
export type ScopeOrigin = 'cli' | 'config' | `override ${string}` | 'default';

export interface LayeredSettings {
  settings: FileSettings;
  /** which layer set `scopes` (`default`: none did) */
  scopeOrigin: ScopeOrigin;
}

interface CompiledOverride {
  settings: FileSettings;
  /** returns the glob that matched, or null */
  match: (relativePath: string) => string | null;
}

export type SettingsForFile = (absolutePath: string) => LayeredSettings;

/** The base path and the region say the same thing; a layer that sets one replaces both. */
const LOCATION_KEYS = ['basePath', 'region'] as const;

export function createSettingsLayers(config: LoadedConfig | null, cli: FileSettings): SettingsForFile {
  const { overrides = [], ignore: _ignore, $schema: _schema, ...topLevel } = config?.config ?? {};
  const compiled: CompiledOverride[] = overrides.map(({ files, ...settings }) => ({ settings, match: compileGlobs(files) }));

  return (absolutePath) => {
    let settings: FileSettings = {};
    let scopeOrigin: ScopeOrigin = 'default';
    const apply = (layer: FileSettings, origin: ScopeOrigin) => {
      settings = mergeLayer(settings, layer);
      if (layer.scopes !== undefined) scopeOrigin = origin;
    };
    apply(topLevel, 'config');
    if (config && compiled.length > 0) {
      const relative = path.relative(config.folder, absolutePath).split(path.sep).join('/');
      if (!leavesFolder(relative)) {
        for (const override of compiled) {
          const glob = override.match(relative);
          if (glob !== null) apply(override.settings, `override ${glob}`);
        }
      }
    }
    apply(cli, 'cli');
    return { settings, scopeOrigin };
  };
}

function mergeLayer(base: FileSettings, layer: FileSettings): FileSettings {
  const defined = Object.fromEntries(Object.entries(layer).filter(([, value]) => value !== undefined)) as FileSettings;
  const merged: FileSettings = { ...base };
  if (LOCATION_KEYS.some((key) => defined[key] !== undefined)) for (const key of LOCATION_KEYS) delete merged[key];
  // Rule severities merge per rule, as ESLint's do: an override that turns one rule off
  // keeps the levels the top level gave the others.
  const rules = defined.rules === undefined ? merged.rules : { ...merged.rules, ...defined.rules };
  return { ...merged, ...defined, ...(rules === undefined ? {} : { rules }) };
}

/**
 * Override globs are relative to the configuration file. As in ESLint's overrides, a glob
 * without a slash (`*.test.ts`) matches the file name in any folder.
 */
function compileGlobs(files: string | string[]): (relativePath: string) => string | null {
  const globs = (Array.isArray(files) ? files : [files]).map((glob) => ({
    glob,
    test: picomatch(glob.replace(/^\.\//, ''), { dot: true, basename: !glob.includes('/') }),
  }));
  return (relativePath) => globs.find((entry) => entry.test(relativePath))?.glob ?? null;
}
