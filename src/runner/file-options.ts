import type { RewriteOptions } from '../rewrite/types';

/** Where the scopes a file is migrated with came from, for the reports. */
export type ScopeSource = 'cli' | 'config' | 'override' | 'inferred' | 'none' | (string & {});

export interface FileOptions {
  options: RewriteOptions;
  scopeSource: ScopeSource;
}

/**
 * The seam where per-file settings are decided: the command line today; the configuration
 * file (with its per-path overrides) and scope inference plug in here by supplying another
 * resolver. Called on the main thread, once per file; the result must be plain data, since
 * it is sent to a worker thread.
 */
export type FileOptionsResolver = (absolutePath: string) => FileOptions;

/** The rewrite settings the command line carries (undefined = not given). */
export interface CliRewriteSettings {
  scopes?: readonly string[];
  clientIdEnv?: string;
  clientSecretEnv?: string;
  basePath?: string;
  target?: RewriteOptions['target'];
  region?: string;
  newrelic?: boolean;
}

/** The default resolver: every file gets the command line's settings. */
export function createCliFileOptionsResolver(settings: CliRewriteSettings): FileOptionsResolver {
  const options: RewriteOptions = dropUndefined({
    scopes: settings.scopes && settings.scopes.length > 0 ? [...settings.scopes] : undefined,
    clientIdEnv: settings.clientIdEnv,
    clientSecretEnv: settings.clientSecretEnv,
    basePath: settings.basePath,
    target: settings.target,
    region: settings.region,
    newrelic: settings.newrelic,
  });
  const scopeSource: ScopeSource = options.scopes ? 'cli' : 'none';
  return () => ({ options, scopeSource });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
