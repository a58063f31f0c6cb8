import { classifyValue, endsWith, getCalleeChain, getCalledName, getReceiver, hasOption } from './call-shapes';
import { loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';

/**
 * auth0-js, Auth0's browser SDK. Its Authentication API client (`new auth0.Authentication(opts)`,
 * or the one a `new auth0.WebAuth(opts)` holds as `client`) posts the user's credentials to
 * /oauth/token:
 * - `login({ realm, username, password }, cb)`: Auth0's `password-realm` grant;
 * - `loginWithDefaultDirectory({ username, password }, cb)`: grant_type=password;
 * - `loginWithResourceOwner({ username, password, connection }, cb)`: the legacy /oauth/ro
 *   endpoint, grant_type=password;
 * - `webAuth.signupAndAuthorize(opts, cb)` signs the user up, then logs in through `client.login`.
 *
 * `login` is a common name, and `webAuth.login(...)` itself is not a grant: it is cross-origin
 * authentication (/co/authenticate, then a redirect through /authorize; the docs say it needs
 * the implicit grant), as are `webAuth.popup.loginWithCredentials` and the passwordless calls.
 * So `login` counts only on the Authentication client (traced to `new Authentication(...)` or
 * a WebAuth's `client`, or written `….client.login(...)`), with a `password` option in sight.
 * `authorize()`, `passwordlessStart` / `passwordlessLogin`, `signup` and `changePassword` are
 * not findings.
 */

const PACKAGES = ['auth0-js'];
/** Method names that are this library's own: the call is the grant whatever the receiver's name. */
// A Map, not an object: a called name such as `toString` must not find Object.prototype's.
const OWN_METHODS = new Map([
  ['loginWithDefaultDirectory', 'Authentication#loginWithDefaultDirectory'],
  ['loginWithResourceOwner', 'Authentication#loginWithResourceOwner'],
  ['signupAndAuthorize', 'WebAuth#signupAndAuthorize'],
]);

export const auth0Js: OAuthLibrary = {
  name: 'auth0-js',
  needles: ['auth0-js'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      if (name === null || call.node.arguments.length === 0) continue;
      const receiver = classifyValue(getReceiver(call), PACKAGES);
      if (receiver.kind === 'other') continue;
      const own = OWN_METHODS.get(name);
      if (own !== undefined) {
        grants.push({ node: call.node, api: own });
        continue;
      }
      if (name !== 'login' || !hasOption(call.get('arguments')[0], ['password'])) continue;
      const onClient =
        receiver.kind === 'library'
          ? endsWith(receiver.value.steps, ['Authentication', 'new']) || endsWith(receiver.value.steps, ['WebAuth', 'new', 'client'])
          : endsWith(getCalleeChain(call), ['client', 'login']);
      if (onClient) grants.push({ node: call.node, api: 'Authentication#login' });
    }
    return grants;
  },
};
