import * as path from 'path';
import { defaultLoaders, lilconfig, type Loader } from 'lilconfig';
import { UsageError } from '../errors';
import { findGitWorkTree } from '../io/git';
import { toReportPath } from '../paths/report-path';
import { assertNotLinkedOutside, assertReadableSettingsFile } from './inside-tree';
import { guardedJsonLoader, guardSearchPlaces, naming, toLoadedConfig, toUsageError, type LoadedConfig } from './read-config-file';

export type { LoadedConfig } from './read-config-file';

/** Where the configuration may live, searched in each folder from the cwd upwards. */
export const CONFIG_SEARCH_PLACES = [
  'package.json',
  '.password-grant-codemod.json',
  'password-grant-codemod.config.json',
  'password-grant-codemod.config.js',
  'password-grant-codemod.config.cjs',
  'password-grant-codemod.config.mjs',
];

/** The key that holds the configuration inside package.json. */
export const PACKAGE_JSON_KEY = 'passwordGrantCodemod';

const FIX_HINT = 'nothing was written; fix the configuration file and run again';

/** The configuration files that are programs: executed to be read, so never run unasked. */
const JS_CONFIG_EXTENSIONS = new Set(['.js', '.cjs', '.mjs']);

/**
 * Reads the configuration: the file `--config` names, or the first one found from the cwd
 * upwards; null when there is none. A file that cannot be read, parsed or validated is a
 * usage error (exit 2) naming the file, each bad key and what was expected.
 *
 * The scanned repository is untrusted (a pull request can add any file), so:
 * - a JavaScript configuration runs only when `--config` names it; one found by the search is
 *   refused, before it is loaded, with the flag that trusts it;
 * - a file in the tree that links outside it is refused before it is read;
 * - JSON is parsed by `parseJsonText`: no error quotes the file's text, and a file nested
 *   past any real configuration's depth is refused.
 * The JSON loader, schema check and messages are shared with the ESLint plugin's reader
 * (src/config/read-config-file.ts).
 */
export async function loadConfig(cwd: string, explicitFile?: string): Promise<LoadedConfig | null> {
  const workTree = await findGitWorkTree(cwd);
  const trees = workTree ? [cwd, workTree] : [cwd];
  const named = explicitFile === undefined ? undefined : path.resolve(cwd, explicitFile);
  const guarded = (loader: Loader): Loader => async (file, content) => {
    assertNotLinkedOutside(file, trees, display(file, cwd));
    if (named === undefined && JS_CONFIG_EXTENSIONS.has(path.extname(file))) throw untrustedJsConfig(file, cwd);
    return loader(file, content);
  };
  const jsonLoader = guardedJsonLoader(trees, (file) => display(file, cwd));
  const explorer = lilconfig('password-grant-codemod', {
    searchPlaces: CONFIG_SEARCH_PLACES,
    packageProp: PACKAGE_JSON_KEY,
    cache: false,
    loaders: {
      '.json': naming(jsonLoader),
      noExt: naming(jsonLoader),
      '.js': naming(guarded(defaultLoaders['.js'] as Loader)),
      '.cjs': naming(guarded(defaultLoaders['.cjs'] as Loader)),
      '.mjs': naming(guarded(defaultLoaders['.mjs'] as Loader)),
    },
  });
  let found: { filepath: string; config: unknown; isEmpty?: boolean } | null;
  try {
    // A named file is checked before lilconfig reads it: the loaders see it only after the read.
    if (named !== undefined) assertReadableSettingsFile(named, trees, display(named, cwd));
    else guardSearchPlaces(cwd, CONFIG_SEARCH_PLACES, trees, (file) => display(file, cwd));
    found = named === undefined ? await explorer.search(cwd) : await explorer.load(named);
  } catch (error) {
    throw toUsageError(error, named ?? 'the configuration file', (file) => display(file, cwd), FIX_HINT);
  }
  return found ? toLoadedConfig(found, display(found.filepath, cwd), FIX_HINT) : null;
}

function untrustedJsConfig(file: string, cwd: string): UsageError {
  const shown = display(file, cwd);
  return new UsageError(
    `${shown}: a JavaScript configuration file is not run unless you name it: it is code from the repository, ` +
      'and running it would give whoever can change the repository (a pull request) your CI job and its credentials',
    `nothing was run or written; if you trust it, pass --config ${shown}; otherwise use a JSON configuration (password-grant-codemod.config.json)`,
  );
}

function display(file: string, cwd: string): string {
  return path.isAbsolute(file) ? toReportPath(file, cwd) : file;
}
