import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { classDefines, classifyValue, getCalledName, getReceiver } from './call-shapes';
import { loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';

/**
 * angular-oauth2-oidc: `oauthService.fetchTokenUsingPasswordFlow(user, password)` and
 * `fetchTokenUsingPasswordFlowAndLoadUserProfile(...)` on the injected `OAuthService`.
 * A class that defines the method itself (the library's source, a test double) is not a call
 * of the library.
 */

const PACKAGES = ['angular-oauth2-oidc'];
const METHODS = ['fetchTokenUsingPasswordFlow', 'fetchTokenUsingPasswordFlowAndLoadUserProfile'];

export const angularOauth2Oidc: OAuthLibrary = {
  name: 'angular-oauth2-oidc',
  needles: ['angular-oauth2-oidc'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      if (name === null || !METHODS.includes(name)) continue;
      const receiver = getReceiver(call);
      if (!receiver) continue;
      if (receiver.isThisExpression() && classDefines(receiver.findParent((parent) => parent.isClass()) as NodePath<t.Class> | null, name)) continue;
      if (classifyValue(receiver, PACKAGES).kind === 'other') continue;
      grants.push({ node: call.node, api: `OAuthService#${name}` });
    }
    return grants;
  },
};
