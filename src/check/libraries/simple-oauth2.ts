import { classifyValue, endsWith, getCalleeChain, getCalledName, getReceiver } from './call-shapes';
import { isPackage, loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';

/**
 * simple-oauth2: `new ResourceOwnerPassword(config).getToken({ username, password })` (v4+),
 * or a `ResourceOwnerPassword` client made in a file that calls its getToken elsewhere,
 * and the legacy `create(config).ownerPassword.getToken(...)` (v1-v3) / `require(...)(config)
 * .password.getToken(...)` (v0). `ClientCredentials` and `AuthorizationCode` also have a
 * `getToken`; they are other grants.
 */

const PACKAGES = ['simple-oauth2'];
const PASSWORD_CLASS = 'ResourceOwnerPassword';
const LEGACY_PASSWORD_MEMBERS = ['ownerPassword', 'password'];

export const simpleOauth2: OAuthLibrary = {
  name: 'simple-oauth2',
  needles: ['simple-oauth2'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    // The grant classes the file constructs: an untraced `client.getToken()` is the
    // password grant only when ResourceOwnerPassword is the one class in use.
    const constructed = new Set<string>();
    const passwordClients: LibraryGrant[] = [];
    for (const construction of file.constructions) {
      const value = traceModuleValue(construction.get('callee'));
      const last = value?.steps[value.steps.length - 1];
      if (!value || !isPackage(value.module, PACKAGES) || last === undefined) continue;
      constructed.add(last);
      if (last === PASSWORD_CLASS) passwordClients.push({ node: construction.node, api: `new ${PASSWORD_CLASS}` });
    }
    const onlyPasswordClass = constructed.size === 1 && constructed.has(PASSWORD_CLASS);

    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== 'getToken') continue;
      const receiver = classifyValue(getReceiver(call), PACKAGES);
      if (receiver.kind === 'other') continue;
      if (receiver.kind === 'library') {
        const { steps } = receiver.value;
        if (endsWith(steps, [PASSWORD_CLASS, 'new'])) grants.push({ node: call.node, api: `${PASSWORD_CLASS}#getToken` });
        else if (LEGACY_PASSWORD_MEMBERS.some((member) => endsWith(steps, [member]) && steps.includes('()'))) {
          grants.push({ node: call.node, api: `${steps[steps.length - 1]}.getToken` });
        }
        continue;
      }
      const chain = getCalleeChain(call);
      const legacy = LEGACY_PASSWORD_MEMBERS.find((member) => endsWith(chain, [member, 'getToken']));
      if (legacy !== undefined) grants.push({ node: call.node, api: `${legacy}.getToken` });
      else if (onlyPasswordClass && chain.length >= 2) grants.push({ node: call.node, api: `${PASSWORD_CLASS}#getToken` });
    }
    // A password client made here and used elsewhere (`export const client = new
    // ResourceOwnerPassword(config)`, its getToken in another module) has no other use: the
    // construction is the finding. Not when the file also makes another grant's client (the
    // grant is then chosen at run time).
    if (grants.length === 0 && constructed.size === 1) return passwordClients;
    return grants;
  },
};
