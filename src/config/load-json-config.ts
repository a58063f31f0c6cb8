import * as path from 'path';
import { lilconfigSync } from 'lilconfig';
import { PACKAGE_JSON_KEY } from './load-config';
import { guardedJsonLoader, guardSearchPlaces, naming, repositoryTreesSync, toLoadedConfig, toUsageError, type LoadedConfig } from './read-config-file';

/**
 * The configuration as a synchronous caller must read it (the ESLint plugin: rules run
 * synchronously, and an editor lints on every keystroke): only the JSON forms, which are
 * read and never executed, searched from a file's own folder upwards. A JavaScript config
 * is never loaded here, whatever folder holds it: linting a file must not run the
 * repository's code. Reading is `loadConfig`'s (src/config/read-config-file.ts): the same
 * link guard, JSON parse, schema and messages.
 */

/** The JSON places of `CONFIG_SEARCH_PLACES`, in the same order. */
export const JSON_CONFIG_SEARCH_PLACES = ['package.json', '.password-grant-codemod.json', 'password-grant-codemod.config.json'];

const HINT = 'fix the configuration file';

/**
 * The first JSON configuration found from `folder` upwards, validated by the same schema as
 * `loadConfig`; null when there is none. A file that cannot be read, parsed or validated, or
 * that links outside the repository, is a UsageError naming the file.
 */
export function loadJsonConfigSync(folder: string): LoadedConfig | null {
  const display = (file: string) => file;
  const trees = repositoryTreesSync(folder);
  const jsonLoader = naming(guardedJsonLoader(trees, display));
  const explorer = lilconfigSync('password-grant-codemod', {
    searchPlaces: JSON_CONFIG_SEARCH_PLACES,
    packageProp: PACKAGE_JSON_KEY,
    // Never cached: an editor's ESLint server lives for hours while the file is edited.
    cache: false,
    loaders: { '.json': jsonLoader, noExt: jsonLoader },
  });
  let found: { filepath: string; config: unknown; isEmpty?: boolean } | null;
  try {
    guardSearchPlaces(folder, JSON_CONFIG_SEARCH_PLACES, trees, display);
    found = explorer.search(folder);
  } catch (error) {
    throw toUsageError(error, path.join(folder, 'the configuration file'), display, HINT);
  }
  return found ? toLoadedConfig(found, found.filepath, HINT) : null;
}
