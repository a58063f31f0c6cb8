import { getArgumentText, getCalledName } from './call-shapes';
import { isPackage, loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';

/**
 * oauth4webapi (openid-client v6 is built on it): `genericGrantRequest(as, client,
 * clientAuth, 'password', parameters)` (v3; v2 has no clientAuth argument).
 */

const PACKAGES = ['oauth4webapi'];

export const oauth4webapi: OAuthLibrary = {
  name: 'oauth4webapi',
  needles: ['oauth4webapi'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== 'genericGrantRequest') continue;
      const callee = traceModuleValue(call.get('callee'));
      if (!callee || !isPackage(callee.module, PACKAGES)) continue;
      // The grant type is the first string argument, after the server and client objects.
      const grantType = call.get('arguments').slice(2, 4).map((arg) => getArgumentText(arg)).find((text) => text !== null);
      if (grantType === 'password') grants.push({ node: call.node, api: 'genericGrantRequest' });
    }
    return grants;
  },
};
