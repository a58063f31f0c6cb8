import { classifyValue, getCalledName, getReceiver } from './call-shapes';
import { loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';

/**
 * node-auth0's Authentication API client: `new AuthenticationClient(options).oauth.passwordGrant({
 * username, password, realm })` (v3+) and `auth.passwordGrant({ username, password }, cb)` (v2)
 * send the resource owner password grant (`password`, or Auth0's `password-realm` variant of it
 * when a realm is given). `passwordGrant` is this client's own name; the file must load `auth0`,
 * and a receiver traced to another package is not it. `clientCredentialsGrant` and
 * `authorizationCodeGrant` are other grants.
 */

const PACKAGES = ['auth0'];

export const auth0: OAuthLibrary = {
  name: 'auth0',
  needles: ['passwordGrant'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== 'passwordGrant' || call.node.arguments.length === 0) continue;
      if (classifyValue(getReceiver(call), PACKAGES).kind === 'other') continue;
      grants.push({ node: call.node, api: 'AuthenticationClient passwordGrant' });
    }
    return grants;
  },
};
