import { createConfigIgnoreMatcher } from '../config/config-ignore';
import { createSettingsLayers, type SettingsForFile } from '../config/layer-settings';
import { loadConfig, type LoadedConfig } from '../config/load-config';
import type { FileSettings } from '../config/schema';
import { METHOD_NAME, METHOD_NAME_EXPECTED } from '../detect/token-methods';
import { UsageError } from '../errors';
import { dropUndefined, type FileOptions, type FileOptionsResolver, type ScopeSource } from '../runner/file-options';
import type * as ScopeInference from '../scopes/scope-inference-cache';
import { isValidScopeName, SCOPE_NAME_EXPECTED } from '../scopes/scope-name';
import type { InputArgs, RewriteArgs } from './option-groups';

export interface ResolverChoices {
  /**
   * infer scopes from the SDK APIs each service calls where neither the command line nor the
   * configuration names them (`migrate`; `check` needs no scopes and skips the work)
   */
  inferScopes?: boolean;
}

/**
 * The per-file settings of a run: the command line over the configuration file's matching
 * overrides over its top-level keys over the defaults. Where no scopes are named (or they are
 * "auto"), `inferScopes` gives the scopes inferred for the file's service; the runner asks
 * for them only for files whose sites were held back for want of scopes, which are few.
 */
export function createFileOptionsResolver(
  args: RewriteArgs & Pick<InputArgs, 'config' | 'tokenMethod'> & { paths?: readonly string[] },
  cwd: string,
  choices: ResolverChoices = {},
): FileOptionsResolver {
  const cli = getCliSettings(args);
  // Inference (Babel and the scope table) loads on the first file that needs it, once.
  let inferrer: Promise<ScopeInference.ServiceInference> | undefined;
  const getInferrer = () => (inferrer ??= import('../scopes/scope-inference-cache').then((module) => module.createServiceInference(cwd, args.paths ?? [])));
  let settingsFor: SettingsForFile | null = null;
  let loaded: LoadedConfig | null = null;
  let isIgnored: (absolutePath: string) => boolean = () => false;

  const resolve = (absolutePath: string): FileOptions & { scopesNamed: boolean } => {
    if (!settingsFor) throw new Error('the file options resolver was used before load()');
    const { settings, scopeOrigin } = settingsFor(absolutePath);
    const { scopes, ...rest } = settings;
    const base: FileOptions['options'] = dropUndefined({ ...rest });
    if (Array.isArray(scopes)) return { options: { ...base, scopes }, scopeSource: scopeOrigin as ScopeSource, scopesNamed: true };
    return { options: base, scopeSource: 'none', scopesNamed: false };
  };

  return {
    async load() {
      const config = await loadConfig(cwd, args.config);
      loaded = config;
      settingsFor = createSettingsLayers(config, cli);
      isIgnored = createConfigIgnoreMatcher(config);
    },
    isIgnored: (absolutePath) => isIgnored(absolutePath),
    loadedConfig: () => loaded,
    resolve(absolutePath) {
      const { options, scopeSource } = resolve(absolutePath);
      return { options, scopeSource };
    },
    async inferScopes(absolutePath, read) {
      const named = resolve(absolutePath);
      if (choices.inferScopes !== true || named.scopesNamed) return null;
      const inference = await (await getInferrer()).inferScopes(absolutePath, read);
      // No scope inferred: no `scopes`, so the transform lists the site for manual review.
      const options = inference.scopes.length > 0 ? { ...named.options, scopes: inference.scopes } : named.options;
      return { options, scopeSource: inference.scopes.length > 0 ? 'inferred' : 'none', scopeInference: inference };
    },
    async analyseService(absolutePath, read) {
      // The same choice as inference: `migrate` analyses services, `check` does not.
      return choices.inferScopes === true ? (await getInferrer()).analyseService(absolutePath, read) : null;
    },
  };
}

/** The command line's settings; `--scopes` and `--token-method` are checked here (exit 2 on a bad name). */
function getCliSettings(args: RewriteArgs & Pick<InputArgs, 'tokenMethod'>): FileSettings {
  return dropUndefined({
    tokenMethods: args.tokenMethod === undefined || args.tokenMethod.length === 0 ? undefined : parseTokenMethods(args.tokenMethod),
    scopes: args.scopes === undefined ? undefined : parseScopesOption(args.scopes),
    clientIdEnv: args.clientIdEnv,
    clientSecretEnv: args.clientSecretEnv,
    basePath: args.basePath,
    region: args.region,
    target: args.target,
    newrelic: args.newrelic,
    newrelicSegmentName: args.newrelicSegment,
  });
}

/** `--token-method NAME` (repeatable): names that can follow a `.`, or exit 2. */
export function parseTokenMethods(names: readonly string[]): string[] {
  const bad = names.find((name) => !METHOD_NAME.test(name));
  if (bad !== undefined) throw new UsageError(`--token-method ${JSON.stringify(bad)}: expected ${METHOD_NAME_EXPECTED}`, 'for example --token-method getPasswordToken');
  return [...new Set(names)];
}

/** `--scopes a,b` → [a, b]; `--scopes auto` → infer them. Empty or malformed names are refused. */
export function parseScopesOption(scopes: readonly string[]): string[] | 'auto' {
  if (scopes.length === 0) {
    throw new UsageError('--scopes: empty value; expected comma-separated scope names or "auto"', 'for example --scopes analytics:readonly,users:readonly');
  }
  if (scopes.includes('auto')) {
    if (scopes.length > 1) throw new UsageError(`--scopes ${scopes.join(',')}: "auto" cannot be combined with scope names`, 'pass either --scopes auto or a list of scopes');
    return 'auto';
  }
  const bad = scopes.find((scope) => !isValidScopeName(scope));
  if (bad !== undefined) {
    throw new UsageError(`--scopes: ${JSON.stringify(bad)} is not a scope name; expected ${SCOPE_NAME_EXPECTED}`, 'separate scopes with commas: --scopes analytics:readonly,users:readonly');
  }
  return [...scopes];
}
