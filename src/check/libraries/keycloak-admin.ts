import { classifyValue, getCalledName, getOptionText, getReceiver } from './call-shapes';
import { loadsPackage, namedPackage, type LibraryGrant, type OAuthLibrary } from './library';

/**
 * @keycloak/keycloak-admin-client (and its predecessor keycloak-admin):
 * `kcAdminClient.auth({ grantType: 'password', username, password, clientId })`.
 * `grantType: 'client_credentials'` (with a client secret) is the other grant.
 */

const PACKAGES = ['@keycloak/keycloak-admin-client', 'keycloak-admin'];

export const keycloakAdmin: OAuthLibrary = {
  name: '@keycloak/keycloak-admin-client',
  needles: ['keycloak-admin'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const library = namedPackage(file, this.name, 'keycloak-admin');
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== 'auth') continue;
      if (getOptionText(call.get('arguments')[0], ['grantType']) !== 'password') continue;
      if (classifyValue(getReceiver(call), PACKAGES).kind === 'other') continue;
      grants.push({ node: call.node, api: 'auth', library });
    }
    return grants;
  },
};
