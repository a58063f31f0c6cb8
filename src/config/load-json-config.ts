import * as path from 'path';
import { defaultLoadersSync, lilconfigSync, type LoaderSync } from 'lilconfig';
import { UsageError } from '../errors';
import { PACKAGE_JSON_KEY, type LoadedConfig } from './load-config';
import { configSchema } from './schema';

/**
 * The configuration as a synchronous caller must read it (the ESLint plugin: rules run
 * synchronously, and an editor lints on every keystroke): only the JSON forms, which are
 * read and never executed, searched from a file's own folder upwards. A JavaScript config
 * is never loaded here, whatever folder holds it: linting a file must not run the
 * repository's code.
 */

/** The JSON places of `CONFIG_SEARCH_PLACES`, in the same order. */
export const JSON_CONFIG_SEARCH_PLACES = ['package.json', '.password-grant-codemod.json', 'password-grant-codemod.config.json'];

const HINT = 'fix the configuration file';

/**
 * The first JSON configuration found from `folder` upwards, validated by the same schema as
 * `loadConfig`; null when there is none. A file that cannot be read, parsed or validated is
 * a UsageError naming the file, each bad key and what was expected.
 */
export function loadJsonConfigSync(folder: string): LoadedConfig | null {
  const explorer = lilconfigSync('password-grant-codemod', {
    searchPlaces: JSON_CONFIG_SEARCH_PLACES,
    packageProp: PACKAGE_JSON_KEY,
    // Never cached: an editor's ESLint server lives for hours while the file is edited.
    cache: false,
    loaders: { '.json': naming(defaultLoadersSync['.json'] as LoaderSync) },
  });
  let found: { filepath: string; config: unknown; isEmpty?: boolean } | null;
  try {
    found = explorer.search(folder);
  } catch (error) {
    const file = error instanceof JsonConfigError ? error.file : 'the configuration file';
    const cause = error instanceof JsonConfigError ? error.cause : error;
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new UsageError(`${file}: cannot be read: ${cause instanceof SyntaxError ? `not valid JSON (${message})` : message}`, HINT);
  }
  if (!found) return null;
  const raw = found.isEmpty || found.config === null || found.config === undefined ? {} : found.config;
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    // Loaded only on this rare path, as loadConfig does.
    const { formatConfigIssues } = require('./format-config-issues') as typeof import('./format-config-issues');
    const lines = formatConfigIssues(parsed.error.issues);
    throw new UsageError(`invalid configuration in ${found.filepath}:\n    ${lines.join('\n    ')}`, HINT);
  }
  return { file: found.filepath, folder: path.dirname(found.filepath), config: parsed.data };
}

/** A loader's failure, with the file it was reading (a search does not say which it was). */
class JsonConfigError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(String(cause));
  }
}

function naming(loader: LoaderSync): LoaderSync {
  return (file, content) => {
    try {
      return loader(file, content);
    } catch (error) {
      throw new JsonConfigError(file, error);
    }
  };
}
