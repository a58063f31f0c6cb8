import { getArgumentText } from './call-shapes';
import { isPackage, loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';
import { childPath } from '../../parse/child-path';

/**
 * @commercelayer/js-auth, Commerce Layer's token helper, across its APIs:
 * - v5 and later: `authenticate('password', { clientId, scope, username, password })`;
 * - v4: `authentication('password', { slug, clientId, username, password, ... })`, also the
 *   default export and `core.authentication(...)`;
 * - v2-v3: `getCustomerToken({ clientId, endpoint, scope }, { username, password })`, and
 *   `getSalesChannelToken(config, user)`, which takes the password grant when given a user
 *   (without one it is client credentials), also as methods of the default export.
 * The function must be imported from the package, and the grant type must be the literal
 * 'password' (or a constant of the file holding it): `authenticate('client_credentials', ...)`,
 * 'refresh_token', 'authorization_code', the JWT bearer grant, and a grant type the file does
 * not show are not findings. v7's `makeSalesChannel` / `makeIntegration` run client credentials
 * and refresh only; `setCustomer` stores a token obtained elsewhere.
 */

const PACKAGES = ['@commercelayer/js-auth'];
const GRANT_FUNCTIONS = new Set(['authenticate', 'authentication']);
const USER_FUNCTIONS = new Set(['getCustomerToken', 'getSalesChannelToken']);

export const commercelayerJsAuth: OAuthLibrary = {
  name: '@commercelayer/js-auth',
  needles: ['@commercelayer/js-auth'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const callee = traceModuleValue(childPath(call, 'callee'));
      if (!callee || !isPackage(callee.module, PACKAGES)) continue;
      const steps = callee.steps;
      // the v4 default export is the function itself: no step left once `default` is dropped
      const name = steps.length === 0 ? 'authentication' : steps[steps.length - 1];
      const args = call.get('arguments');
      if (GRANT_FUNCTIONS.has(name) && (steps.length <= 1 || steps.join('.') === 'core.authentication')) {
        if (getArgumentText(args[0]) === 'password') grants.push({ node: call.node, api: `${name}('password')` });
      } else if (USER_FUNCTIONS.has(name) && steps.length === 1) {
        const user = args[1];
        if (user && !user.isNullLiteral() && !user.isIdentifier({ name: 'undefined' })) grants.push({ node: call.node, api: name });
      }
    }
    return grants;
  },
};
