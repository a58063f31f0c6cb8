import { quoteString, type TextStyle } from './text-style';
import { getRegionBasePath, getRegionHost } from './regions';
import { DEFAULT_CLIENT_ID_ENV, DEFAULT_CLIENT_SECRET_ENV, type RewriteOptions } from './types';

/**
 * The new code, as text in the file's own style. Credentials always come from environment
 * variables: the rewrite never writes a secret into the source.
 */

export interface LoginCode {
  /** statements placed before the statement that held the call (one per line, no indent) */
  setupStatements: (indent: string) => string[];
  /** the new method name on the same receiver */
  method: string;
  /** the new argument list, without parentheses */
  args: string;
}

export interface RenderContext {
  /** receiver text plus `.` or `?.`, e.g. `client.`, `this.client?.` */
  receiverAccess: string;
  style: TextStyle;
  /** TypeScript file: `process.env.X` is `string | undefined`, so assert it */
  typescript: boolean;
  options: RewriteOptions;
  scopes: readonly string[];
}

/** `process.env.NAME` (bracketed when NAME is not an identifier), asserted as a string in TypeScript. */
export function envRead(name: string, typescript: boolean): string {
  const read = /^[A-Za-z_$][\w$]*$/.test(name) ? `process.env.${name}` : `process.env[${JSON.stringify(name)}]`;
  return typescript ? `${read} as string` : read;
}

/** Target `init-login` (default): `R.init({...})` then `R.loginClientCredentials(id, secret, [scopes])`. */
export function renderInitLogin(context: RenderContext): LoginCode {
  const { style, options, typescript, receiverAccess } = context;
  const clientId = envRead(options.clientIdEnv ?? DEFAULT_CLIENT_ID_ENV, typescript);
  const clientSecret = envRead(options.clientSecretEnv ?? DEFAULT_CLIENT_SECRET_ENV, typescript);
  const semi = style.semicolons ? ';' : '';
  const scopes = context.scopes.map((scope) => quoteString(scope, style.quote)).join(', ');
  return {
    setupStatements: (indent) => {
      const inner = indent + style.indentUnit;
      const properties = [`clientId: ${clientId}`, `clientSecret: ${clientSecret}`];
      const basePath = options.basePath ?? (options.region ? getRegionBasePath(options.region) : undefined);
      if (basePath) properties.push(`basePath: ${quoteString(basePath, style.quote)}`);
      // One property per line (Prettier keeps an object broken where its author broke it),
      // the last comma as the file writes it.
      const last = style.trailingCommas === 'none' ? '' : ',';
      const lines = [`${receiverAccess}init({`, ...properties.map((property, index) => `${inner}${property}${index < properties.length - 1 ? ',' : last}`)];
      lines.push(`${indent}})${semi}`);
      return [lines.join(style.eol)];
    },
    method: 'loginClientCredentials',
    args: `${clientId}, ${clientSecret}, [${scopes}]`,
  };
}

/** The environment host for `setEnvironment`: from --region, else from a known basePath. */
function getEnvironmentHost(options: RewriteOptions): string | null {
  if (options.region) return getRegionHost(options.region);
  if (options.basePath) return options.basePath.replace(/^https?:\/\/(api\.)?/, '').replace(/\/.*$/, '');
  return null;
}

/**
 * Target `platform-client-v2` (the published npm SDK): `R.setEnvironment(host)` when the
 * region is known, then `R.loginClientCredentialsGrant(id, secret)`. That SDK takes no
 * scopes at login: they live on the OAuth client, so they go to the checklist instead.
 */
export function renderPlatformClientV2(context: RenderContext): LoginCode {
  const { style, options, typescript, receiverAccess } = context;
  const clientId = envRead(options.clientIdEnv ?? DEFAULT_CLIENT_ID_ENV, typescript);
  const clientSecret = envRead(options.clientSecretEnv ?? DEFAULT_CLIENT_SECRET_ENV, typescript);
  const semi = style.semicolons ? ';' : '';
  const host = getEnvironmentHost(options);
  return {
    setupStatements: () => (host ? [`${receiverAccess}setEnvironment(${quoteString(host, style.quote)})${semi}`] : []),
    method: 'loginClientCredentialsGrant',
    args: `${clientId}, ${clientSecret}`,
  };
}

export function renderLogin(context: RenderContext): LoginCode {
  return (context.options.target ?? 'init-login') === 'platform-client-v2'
    ? renderPlatformClientV2(context)
    : renderInitLogin(context);
}
