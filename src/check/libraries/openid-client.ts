import { classifyValue, getArgumentText, getCalledName, getOptionText, getReceiver } from './call-shapes';
import { isPackage, loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';

/**
 * openid-client: `client.grant({ grant_type: 'password', username, password })` (v2-v5, on a
 * `new issuer.Client(...)`), and v6's `genericGrantRequest(config, 'password', parameters)`.
 * The same calls with `client_credentials`, `refresh_token`, token exchange... are other
 * grants; a grant type the file does not show is left out.
 */

const PACKAGES = ['openid-client'];

export const openidClient: OAuthLibrary = {
  name: 'openid-client',
  needles: ['openid-client'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      const args = call.get('arguments');
      if (name === 'grant') {
        if (getOptionText(args[0], ['grant_type']) !== 'password') continue;
        if (classifyValue(getReceiver(call), PACKAGES).kind === 'other') continue;
        grants.push({ node: call.node, api: 'Client#grant' });
      } else if (name === 'genericGrantRequest') {
        const callee = traceModuleValue(call.get('callee'));
        if (!callee || !isPackage(callee.module, PACKAGES)) continue;
        if (getArgumentText(args[1]) === 'password') grants.push({ node: call.node, api: 'genericGrantRequest' });
      }
    }
    return grants;
  },
};
