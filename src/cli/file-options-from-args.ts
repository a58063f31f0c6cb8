import { createCliFileOptionsResolver, type FileOptionsResolver } from '../runner/file-options';
import type { InputArgs, RewriteArgs } from './option-groups';

/**
 * The per-file settings of a run. Today: the command line for every file. This is the one
 * place where the configuration file (--config or searched from the cwd, with per-path
 * overrides) and scope inference are to be combined with the flags; the command line wins.
 */
export function createFileOptionsResolver(args: RewriteArgs & Pick<InputArgs, 'config'>, cwd: string): FileOptionsResolver {
  void cwd;
  return createCliFileOptionsResolver({
    scopes: args.scopes,
    clientIdEnv: args.clientIdEnv,
    clientSecretEnv: args.clientSecretEnv,
    basePath: args.basePath,
    target: args.target,
    region: args.region,
    newrelic: args.newrelic,
  });
}
