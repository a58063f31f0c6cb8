import { classifyValue, getCalledName, getReceiver } from './call-shapes';
import { isPackage, loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';
import { childPath } from '../../parse/child-path';

/**
 * axios-oauth-client: `oauth.ownerCredentials(axios, url, clientId, clientSecret, username,
 * password, scope)` (the default export's method, or the same function imported by name)
 * builds a request with grant_type=password; the username and password may also be given to
 * the function it returns. `clientCredentials`, `authorizationCode` and `refreshToken` are
 * other grants. Its generic `client(axios, { url, grant_type: 'password', ... })` (v1) is given
 * the body itself: http-password-grant reports it, as it does other wrappers given the body.
 */

const PACKAGES = ['axios-oauth-client'];
const PASSWORD_FUNCTION = 'ownerCredentials';

export const axiosOauthClient: OAuthLibrary = {
  name: 'axios-oauth-client',
  needles: ['axios-oauth-client'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== PASSWORD_FUNCTION || call.node.arguments.length === 0) continue;
      const callee = traceModuleValue(childPath(call, 'callee'));
      if (callee) {
        const steps = callee.steps;
        if (!isPackage(callee.module, PACKAGES) || steps[steps.length - 1] !== PASSWORD_FUNCTION) continue;
      } else if (classifyValue(getReceiver(call), PACKAGES).kind === 'other') continue;
      grants.push({ node: call.node, api: PASSWORD_FUNCTION });
    }
    return grants;
  },
};
