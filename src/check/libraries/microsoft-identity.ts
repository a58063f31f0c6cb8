import { classifyValue, getCalledName, getReceiver } from './call-shapes';
import { isPackage, loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';

/**
 * Microsoft's identity libraries, whose username/password flow is the OAuth password grant
 * (ROPC): @azure/msal-node `acquireTokenByUsernamePassword({ username, password, scopes })`,
 * adal-node `acquireTokenWithUsernamePassword(resource, user, password, clientId, cb)` and
 * @azure/identity `new UsernamePasswordCredential(tenant, client, user, password)`.
 */

const METHODS: Record<string, string> = {
  acquireTokenByUsernamePassword: '@azure/msal-node',
  acquireTokenWithUsernamePassword: 'adal-node',
};
const IDENTITY = '@azure/identity';

export const microsoftIdentity: OAuthLibrary = {
  name: '@azure/msal-node',
  needles: ['acquireTokenByUsernamePassword', 'acquireTokenWithUsernamePassword', 'UsernamePasswordCredential'],
  find(file) {
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      const library = name === null ? undefined : METHODS[name];
      if (library === undefined || !loadsPackage(file, [library])) continue;
      if (classifyValue(getReceiver(call), [library]).kind === 'other') continue;
      grants.push({ node: call.node, api: name as string, library });
    }
    for (const construction of file.constructions) {
      const callee = traceModuleValue(construction.get('callee'));
      if (callee && isPackage(callee.module, [IDENTITY]) && callee.steps.join('.') === 'UsernamePasswordCredential') {
        grants.push({ node: construction.node, api: 'UsernamePasswordCredential', library: IDENTITY });
      }
    }
    return grants;
  },
};
