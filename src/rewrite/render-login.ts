import { quoteString, type TextStyle } from './text-style';
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

function envRead(name: string, typescript: boolean): string {
  const read = /^[A-Za-z_$][\w$]*$/.test(name) ? `process.env.${name}` : `process.env[${JSON.stringify(name)}]`;
  return typescript ? `${read} as string` : read;
}

export function renderInitLogin(context: RenderContext): LoginCode {
  const { style, options, typescript, receiverAccess } = context;
  const clientId = envRead(options.clientIdEnv ?? DEFAULT_CLIENT_ID_ENV, typescript);
  const clientSecret = envRead(options.clientSecretEnv ?? DEFAULT_CLIENT_SECRET_ENV, typescript);
  const semi = style.semicolons ? ';' : '';
  const scopes = context.scopes.map((scope) => quoteString(scope, style.quote)).join(', ');
  return {
    setupStatements: (indent) => {
      const inner = indent + style.indentUnit;
      const lines = [`${receiverAccess}init({`, `${inner}clientId: ${clientId},`, `${inner}clientSecret: ${clientSecret},`];
      if (options.basePath) lines.push(`${inner}basePath: ${quoteString(options.basePath, style.quote)},`);
      lines.push(`${indent}})${semi}`);
      return [lines.join(style.eol)];
    },
    method: 'loginClientCredentials',
    args: `${clientId}, ${clientSecret}, [${scopes}]`,
  };
}
