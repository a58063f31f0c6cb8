import { classifyValue, getCalledName, getLastName, getReceiver, hasOption } from './call-shapes';
import { loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';

/**
 * Spree's storefront SDK, @spree/storefront-api-v2-sdk: `client.authentication.getToken({
 * username, password })` posts grant_type=password to its OAuth token route (its `authParams`
 * always adds it; v5 takes the same object with common options such as a bearer token).
 * `refreshToken({ refresh_token })` and `revokeToken({ token })` are other endpoints.
 *
 * `getToken` is a common name (simple-oauth2, Firebase, ...): the receiver must be the client's
 * `authentication` endpoint (`….authentication`, or a name `authentication` destructured from
 * it), not traced to another package, in a file that loads the SDK, and the call must show a
 * `password` option.
 */

const PACKAGES = ['@spree/storefront-api-v2-sdk'];

export const spreeStorefront: OAuthLibrary = {
  name: '@spree/storefront-api-v2-sdk',
  needles: ['@spree/storefront-api-v2-sdk'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== 'getToken') continue;
      const receiver = getReceiver(call);
      if (!receiver || getLastName(receiver) !== 'authentication') continue;
      if (!hasOption(call.get('arguments')[0], ['password'])) continue;
      if (classifyValue(receiver, PACKAGES).kind === 'other') continue;
      grants.push({ node: call.node, api: 'authentication.getToken' });
    }
    return grants;
  },
};
