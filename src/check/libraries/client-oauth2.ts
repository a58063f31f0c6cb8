import { classifyValue, endsWith, getCalleeChain, getCalledName, getReceiver } from './call-shapes';
import { loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';

/**
 * client-oauth2: `new ClientOAuth2(options).owner.getToken(username, password)`. Its other
 * flows (`.credentials`, `.code`, `.token`, `.jwt`) have a `getToken` too; they are other grants.
 */

const PACKAGES = ['client-oauth2'];

export const clientOauth2: OAuthLibrary = {
  name: 'client-oauth2',
  needles: ['client-oauth2'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== 'getToken' || !endsWith(getCalleeChain(call), ['owner', 'getToken'])) continue;
      // The receiver is `<client>.owner`; the client must not be something else's.
      const owner = getReceiver(call);
      const client = owner && owner.isMemberExpression() ? owner.get('object') : null;
      if (classifyValue(client, PACKAGES).kind === 'other') continue;
      grants.push({ node: call.node, api: 'owner.getToken' });
    }
    return grants;
  },
};
