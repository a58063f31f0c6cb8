import type { LoadedConfig } from '../config/load-config';
import type { CheckOptions } from '../check/rule';
import type { ScopeSource } from '../report/migrate/types';
import type { RewriteOptions } from '../rewrite/types';
import type { ServiceFilesReader } from '../scopes/collect-service-calls';
import type { ServiceScopeInference } from '../scopes/infer-service-scopes';
import type { ServiceAfterSwitch } from '../service/after-switch';

/**
 * Where the scopes a file is migrated with came from, for the reports: `cli` (--scopes),
 * `config` (the configuration file's top level), `override <glob>` (the override whose glob
 * matched), `inferred` (from the SDK APIs the service calls), `none` (no scopes known).
 */
export type { ScopeSource };

export interface FileOptions {
  /** the rewrite settings, plus what check reads: the wrapper names and the rule levels */
  options: RewriteOptions & Pick<CheckOptions, 'rules'>;
  scopeSource: ScopeSource;
  /** when the scopes were inferred: the service's inference, which the reports explain */
  scopeInference?: ServiceScopeInference;
}

/**
 * The seam where per-file settings are decided: the command line, the configuration file
 * (with its per-path overrides) and scope inference. Used on the main thread; what it
 * returns must be plain data, since it is sent to a worker thread.
 */
export interface FileOptionsResolver {
  /** reads what the settings depend on (the configuration file); once, before discovery */
  load(): Promise<void>;
  /** after load: files the configuration's `ignore` leaves out */
  isIgnored(absolutePath: string): boolean;
  /** after load: the settings the command line and the configuration give one file (never inferred) */
  resolve(absolutePath: string): FileOptions;
  /**
   * After load, for a file whose sites were held back because no scopes were named: its
   * settings with the scopes inferred for its service. Null when inference is off, or when
   * scopes were named for the file (named scopes are never replaced).
   */
  inferScopes(absolutePath: string, read: ServiceFilesReader): Promise<FileOptions | null>;
  /** after load: the configuration file read, null when there is none */
  loadedConfig?(): LoadedConfig | null;
  /**
   * After the run, once per service with a rewritten file: what the service needs after the
   * switch (plain data the reports print). Absent or null when the run does not analyse services.
   */
  analyseService?(absolutePath: string, read: ServiceFilesReader): Promise<ServiceAfterSwitch | null>;
}

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

/** A resolver without configuration or inference: every file gets the command line's settings. */
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
  return {
    load: async () => undefined,
    isIgnored: () => false,
    resolve: () => ({ options, scopeSource }),
    inferScopes: async () => null,
  };
}

export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
