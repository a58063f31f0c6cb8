import { classifyValue, getCalledName, getOptionText, getReceiver } from './call-shapes';
import { loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';

/**
 * oauth (node-oauth): `new OAuth2(id, secret, site, authorizePath, tokenPath)
 * .getOAuthAccessToken('', { grant_type: 'password', username, password }, callback)`.
 * Without `grant_type` the call is an authorization-code exchange; other grant types are
 * other grants.
 */

const PACKAGES = ['oauth'];

export const nodeOauth: OAuthLibrary = {
  name: 'oauth',
  needles: ['getOAuthAccessToken'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== 'getOAuthAccessToken') continue;
      if (getOptionText(call.get('arguments')[1], ['grant_type']) !== 'password') continue;
      if (classifyValue(getReceiver(call), PACKAGES).kind === 'other') continue;
      grants.push({ node: call.node, api: 'OAuth2#getOAuthAccessToken' });
    }
    return grants;
  },
};
