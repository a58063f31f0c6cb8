import { classifyValue, getCalledName, getReceiver, hasOption } from './call-shapes';
import { loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';

/**
 * react-native-auth0: `new Auth0({ domain, clientId }).auth.passwordRealm({ username, password,
 * realm })`, and v5's hook `const { loginWithPasswordRealm } = useAuth0()`. Both send Auth0's
 * `password-realm` grant, the resource owner password grant with a connection named. The
 * method names are this library's own; the file must load it, a receiver traced to another
 * package is not it, and a call without a `password` option (a typo'd object, a spread of a
 * parameter) is left out. `webAuth.authorize()` (the browser flow) is not a finding.
 */

const PACKAGES = ['react-native-auth0'];
const METHODS = new Set(['passwordRealm', 'loginWithPasswordRealm']);

export const reactNativeAuth0: OAuthLibrary = {
  name: 'react-native-auth0',
  needles: ['react-native-auth0'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      if (name === null || !METHODS.has(name)) continue;
      if (!hasOption(call.get('arguments')[0], ['password'])) continue;
      if (classifyValue(getReceiver(call), PACKAGES).kind === 'other') continue;
      grants.push({ node: call.node, api: name === 'passwordRealm' ? 'auth.passwordRealm' : 'useAuth0 loginWithPasswordRealm' });
    }
    return grants;
  },
};
