import { classifyValue, endsWith, getCalleeChain, getCalledName, getReceiver } from './call-shapes';
import type { LibraryGrant, OAuthLibrary } from './library';

/**
 * keycloak-connect (the Node.js adapter): `keycloak.grantManager.obtainDirectly(username,
 * password)` sends grant_type=password. The `grantManager` member is this adapter's own API,
 * and the Keycloak instance usually comes from the project's own config module, so the chain
 * is recognised without the import; a `GrantManager` constructed from the package counts too.
 */

const PACKAGES = ['keycloak-connect'];

export const keycloakConnect: OAuthLibrary = {
  name: 'keycloak-connect',
  needles: ['obtainDirectly'],
  find(file) {
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== 'obtainDirectly') continue;
      const receiver = classifyValue(getReceiver(call), PACKAGES);
      if (receiver.kind === 'other') continue;
      if (receiver.kind === 'library' || endsWith(getCalleeChain(call), ['grantManager', 'obtainDirectly'])) {
        grants.push({ node: call.node, api: 'grantManager.obtainDirectly' });
      }
    }
    return grants;
  },
};
