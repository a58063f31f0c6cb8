import type { NodePath } from '@babel/traverse';
import { findObjectProperty } from '../../detect/ast-utils';
import { resolveObjectLiteral } from '../http/static-text';
import { getCalledName, getOptionText, importedFunctionPackage } from './call-shapes';
import { loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';
import { childPath } from '../../parse/child-path';

/**
 * Shopware 6 Admin API clients that log an administrator in with the password grant
 * (grant_type=password, client_id `administration`, at /api/oauth/token):
 * - `createFromPasswordAndLogin(url, username, password)` of shopware-admin-api and its
 *   successors and forks (shopware-admin-api-client, @thomaspeissl/shopware-admin-api-client,
 *   @firebearstudio/shopware-admin-api); `createFromIntegration(url, id, secret)` is client
 *   credentials, and `create(url, id, secret)` tries that first, falling back to a password
 *   login only when the key is refused: the grant is chosen at run time, not reported.
 * - @shopware/api-client: `createAdminAPIClient({ credentials: { grant_type: 'password',
 *   client_id: 'administration', username, password } })`, whose client requests the token
 *   with those credentials whenever its session expires. `credentials` with
 *   `client_credentials`, only `sessionData`, the store API client (`createAPIClient`) and a
 *   grant type the file does not show are not findings. An explicit
 *   `adminClient.invoke('token post /oauth/token', { body: { grant_type: 'password', ... } })`
 *   hands the body to the client: http-password-grant reports it, as it does other wrappers
 *   given the body.
 */

const ADMIN_API_PACKAGES = [
  'shopware-admin-api',
  'shopware-admin-api-client',
  '@thomaspeissl/shopware-admin-api-client',
  '@firebearstudio/shopware-admin-api',
];
const API_CLIENT = '@shopware/api-client';

export const shopware: OAuthLibrary = {
  name: API_CLIENT,
  needles: ['shopware-admin-api', API_CLIENT],
  find(file) {
    const adminApi = loadsPackage(file, ADMIN_API_PACKAGES);
    const apiClient = loadsPackage(file, [API_CLIENT]);
    if (!adminApi && !apiClient) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      const args = call.get('arguments');
      if (adminApi && name === 'createFromPasswordAndLogin' && args.length >= 3) {
        const library = importedFunctionPackage(childPath(call, 'callee'), name, ADMIN_API_PACKAGES);
        if (library !== null) grants.push({ node: call.node, api: name, library });
      } else if (apiClient && name === 'createAdminAPIClient') {
        if (importedFunctionPackage(childPath(call, 'callee'), name, [API_CLIENT]) === null) continue;
        if (credentialsGrantType(args[0]) === 'password') grants.push({ node: call.node, api: "createAdminAPIClient credentials { grant_type: 'password' }", library: API_CLIENT });
      }
    }
    return grants;
  },
};

/** `{ credentials: { grant_type } }` (objects or consts of the file) → the grant type's text. */
function credentialsGrantType(argument: NodePath | undefined): string | null | undefined {
  const params = argument ? resolveObjectLiteral(argument) : null;
  const credentials = params ? findObjectProperty(params, ['credentials']) : null;
  if (!credentials?.isObjectProperty()) return undefined;
  return getOptionText(childPath(credentials, 'value'), ['grant_type']);
}
