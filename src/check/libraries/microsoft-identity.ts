import { classifyValue, getCalledName, getReceiver } from './call-shapes';
import { isPackage, loadedPackage, loadsPackage, packageOf, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';

/**
 * Microsoft's identity libraries, whose username/password flow is the OAuth password grant
 * (ROPC): @azure/msal-node `acquireTokenByUsernamePassword({ username, password, scopes })`,
 * adal-node `acquireTokenWithUsernamePassword(resource, user, password, clientId, cb)`,
 * @azure/identity `new UsernamePasswordCredential(tenant, client, user, password)`, and the
 * older Azure SDK logins, ms-rest-azure and @azure/ms-rest-nodeauth
 * `loginWithUsernamePassword(user, password[, options][, cb])` (also
 * `…WithAuthResponse`) and `new UserTokenCredentials(clientId, domain, user, password)`.
 * Their service-principal logins (`loginWithServicePrincipalSecret`) and device-code
 * `interactiveLogin` are other grants.
 */

const AZURE_SDK_LOGINS = ['ms-rest-azure', '@azure/ms-rest-nodeauth'];
// Maps, not objects: a called name such as `toString` must not find Object.prototype's.
const METHODS = new Map<string, readonly string[]>([
  ['acquireTokenByUsernamePassword', ['@azure/msal-node']],
  ['acquireTokenWithUsernamePassword', ['adal-node']],
  ['loginWithUsernamePassword', AZURE_SDK_LOGINS],
  ['loginWithUsernamePasswordWithAuthResponse', AZURE_SDK_LOGINS],
]);
/** Credential classes whose construction is the password grant, by the packages exporting them. */
const CREDENTIAL_CLASSES = new Map<string, readonly string[]>([
  ['UsernamePasswordCredential', ['@azure/identity']],
  ['UserTokenCredentials', AZURE_SDK_LOGINS],
]);

export const microsoftIdentity: OAuthLibrary = {
  name: '@azure/msal-node',
  needles: ['acquireTokenByUsernamePassword', 'acquireTokenWithUsernamePassword', 'UsernamePasswordCredential', 'loginWithUsernamePassword', 'UserTokenCredentials'],
  find(file) {
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      const libraries = name === null ? undefined : METHODS.get(name);
      if (libraries === undefined || !loadsPackage(file, libraries)) continue;
      if (classifyValue(getReceiver(call), libraries).kind === 'other') continue;
      grants.push({ node: call.node, api: name as string, library: loadedPackage(file, libraries) ?? libraries[0] });
    }
    for (const construction of file.constructions) {
      const callee = traceModuleValue(construction.get('callee'));
      if (!callee || callee.steps.length !== 1) continue;
      const name = callee.steps[0];
      const libraries = CREDENTIAL_CLASSES.get(name);
      if (libraries && isPackage(callee.module, libraries)) {
        grants.push({ node: construction.node, api: name, library: packageOf(callee.module, libraries) ?? libraries[0] });
      }
    }
    return grants;
  },
};
