import { classifyValue, getCalledName, getReceiver } from './call-shapes';
import { loadsPackage, namedPackage, type LibraryGrant, type OAuthLibrary } from './library';

/**
 * oidc-client-ts (and react-oidc-context, whose `useAuth()` hands out the same method):
 * `userManager.signinResourceOwnerCredentials({ username, password })`, and the lower-level
 * `oidcClient.processResourceOwnerPasswordCredentials({ username, password })`, both the
 * resource owner password grant. The names are the library's own; the file must load it and
 * a receiver traced to another package is not it. Its redirect, popup and silent sign-ins are
 * the code flow.
 */

const PACKAGES = ['oidc-client-ts', 'react-oidc-context'];
const METHODS = new Set(['signinResourceOwnerCredentials', 'processResourceOwnerPasswordCredentials']);

export const oidcClientTs: OAuthLibrary = {
  name: 'oidc-client-ts',
  needles: [...METHODS],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const library = namedPackage(file, 'react-oidc-context', this.name);
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      if (name === null || !METHODS.has(name) || call.node.arguments.length === 0) continue;
      if (classifyValue(getReceiver(call), PACKAGES).kind === 'other') continue;
      grants.push({ node: call.node, api: name, library });
    }
    return grants;
  },
};
