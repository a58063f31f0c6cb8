import { readFileSync } from 'fs';
import * as path from 'path';

/**
 * Whether resolving a Prettier configuration file runs code. Static files (`.prettierrc`
 * as JSON or YAML, `.prettierrc.json/.yaml/.yml/.json5/.toml`, the `prettier` key of
 * package.json) are only read. JavaScript and TypeScript configs are executed by Prettier,
 * and so is a *string* in any of them: it names a shared configuration module to import.
 * Such a configuration is used only in a trusted run (`--trust-project-config`).
 */

export type ConfigKind = 'static' | 'code';

const CODE_EXTENSIONS = /\.(?:[cm]?js|[cm]?ts)$/i;

/** A JSON / YAML text that holds one string (a module name), not an object. */
function holdsSharedConfigName(text: string, yamlAllowed: boolean): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return false;
  if (/^["']/.test(trimmed)) return true;
  if (trimmed.startsWith('{')) return false;
  // YAML: a mapping has `key:` on some line; a lone scalar names a module.
  return yamlAllowed && !/^\s*[^#\s][^:]*:/m.test(trimmed);
}

export function getConfigKind(configFile: string): ConfigKind {
  const base = path.basename(configFile);
  if (CODE_EXTENSIONS.test(base)) return 'code';
  let text: string;
  try {
    text = readFileSync(configFile, 'utf8');
  } catch {
    return 'static'; // Prettier will fail to read it too, and say so
  }
  if (base === 'package.json') {
    try {
      return typeof (JSON.parse(text) as { prettier?: unknown }).prettier === 'string' ? 'code' : 'static';
    } catch {
      return 'static';
    }
  }
  if (base === 'package.yaml') return /^prettier:\s*["']?[^\s{"'][^\n]*$/m.test(text) ? 'code' : 'static';
  if (/\.toml$/i.test(base)) return 'static';
  return holdsSharedConfigName(text, !/\.json5?$/i.test(base)) ? 'code' : 'static';
}
