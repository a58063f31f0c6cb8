import { isGenesysLoginHost } from '../../genesys/region-hosts';
import type { Endpoint } from '../types';
import { UNKNOWN } from './static-text';

/**
 * Where a token request goes, as far as the file shows: a Genesys Cloud login host, another
 * URL shaped like an OAuth token endpoint, or not visible in the file. The body decides
 * whether a request is a password grant; the endpoint only classifies it (and `genesys`
 * ones are what `migrate` can rewrite).
 */

/** Shown for the parts of a URL known only at run time: `*\/oauth/token`. */
const UNKNOWN_PART = '*';

/**
 * The path of a token endpoint ends in a `token` segment (a trailing slash aside): Genesys
 * Cloud's and most servers' `/oauth/token`, `/token` and ASP.NET's `/Token`, IdentityServer's
 * `/connect/token`, Keycloak's `/realms/<r>/protocol/openid-connect/token`, `/oauth2/token`,
 * Okta's `/oauth2/v1/token`, Salesforce's `/services/oauth2/token`, `/oauth/v1/tokens`,
 * `/auth/oauth/v2/token`, `/oauth2/access_token`, `token.php`; also relative (`oauth/token`)
 * or after a base known only at run time.
 */
const TOKEN_PATH_AT_END = new RegExp(`(?:^|[/${UNKNOWN}])(?:access_?)?tokens?(?:\\.(?:php|aspx?|ashx|json))?/?$`, 'i');

/** The host of an absolute URL shape, or null when the host is not known statically. */
function getHost(shape: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\u0000]+)(?=[/?#]|$)/i.exec(shape);
  if (!match) return null;
  return match[1].replace(/^[^@]*@/, '');
}

/** The URL without its query and fragment: only the path says what the endpoint is. */
export function withoutQuery(shape: string): string {
  return shape.replace(/[?#].*$/s, '');
}

/** Does the URL's path look like a token endpoint? */
export function looksLikeTokenPath(shape: string): boolean {
  return TOKEN_PATH_AT_END.test(withoutQuery(shape));
}

/** The endpoint of a request whose URL is known as `shape` (null: not known in the file). */
export function classifyEndpoint(shape: string | null): Endpoint {
  if (shape === null || shape.split(UNKNOWN).join('') === '') return { kind: 'unknown' };
  const url = shape.split(UNKNOWN).join(UNKNOWN_PART);
  const host = getHost(shape);
  if (host !== null && isGenesysLoginHost(host)) return { kind: 'genesys', url };
  if (looksLikeTokenPath(shape)) return { kind: 'token-endpoint', url };
  return { kind: 'unknown', url };
}

/** How the finding's message names the endpoint. */
export function describeEndpoint(endpoint: Endpoint): string {
  if (endpoint.kind === 'genesys') return `the Genesys Cloud login host (${endpoint.url})`;
  if (endpoint.kind === 'token-endpoint') return `the token endpoint ${endpoint.url}`;
  return endpoint.url ? `an endpoint not recognised as a token endpoint (${endpoint.url})` : 'a token endpoint not visible in this file';
}
