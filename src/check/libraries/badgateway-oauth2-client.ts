import { classifyValue, getCalledName, getOptionText, getReceiver, hasOption } from './call-shapes';
import { isPackage, loadsPackage, namedPackage, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';

/**
 * @badgateway/oauth2-client (fetch-mw-oauth2 until v2): `client.password({ username,
 * password })` on a `new OAuth2Client(...)`; fetch-mw-oauth2 v1 took the grant in its
 * constructor: `new OAuth2({ grantType: 'password', userName, password, ... })`.
 * `clientCredentials()`, `authorizationCode.getToken(...)` and `refreshToken()` are other grants.
 */

const PACKAGES = ['@badgateway/oauth2-client', 'fetch-mw-oauth2'];

export const badgatewayOauth2Client: OAuthLibrary = {
  name: '@badgateway/oauth2-client',
  needles: PACKAGES,
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const library = namedPackage(file, 'fetch-mw-oauth2', this.name);
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== 'password') continue;
      const receiver = classifyValue(getReceiver(call), PACKAGES);
      if (receiver.kind === 'other') continue;
      const traced = receiver.kind === 'library' && receiver.value.steps.includes('new');
      // Untraced, the argument decides: `{ username, password }` is this API's shape.
      if (traced || (receiver.kind === 'untraced' && hasOption(call.get('arguments')[0], ['username']))) {
        grants.push({ node: call.node, api: 'OAuth2Client#password', library });
      }
    }
    for (const construction of file.constructions) {
      const callee = traceModuleValue(construction.get('callee'));
      if (!callee || !isPackage(callee.module, PACKAGES)) continue;
      if (getOptionText(construction.get('arguments')[0], ['grantType']) === 'password') {
        grants.push({ node: construction.node, api: "OAuth2 { grantType: 'password' }", library });
      }
    }
    return grants;
  },
};
