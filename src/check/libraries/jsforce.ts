import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { findObjectProperty, unwrapExpression } from '../../detect/ast-utils';
import { resolveObjectLiteral } from '../http/static-text';
import { classifyValue, endsWith, getCalledName, getReceiver, valueBehind } from './call-shapes';
import { isPackage, loadsPackage, namedPackage, type LibraryFile, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';
import { childPath } from '../../parse/child-path';

/**
 * jsforce (and its Node build @jsforce/jsforce-node), Salesforce's JavaScript client:
 * - `new OAuth2({ clientId, clientSecret, ... }).authenticate(username, password)` posts
 *   grant_type=password (jsforce's "username-password flow");
 * - `conn.loginByOAuth2(username, password)` calls it through the connection's `oauth2`;
 * - `new Connection({ oauth2: { clientId, clientSecret, ... } }).login(username, password)`
 *   takes that OAuth path when the connection holds OAuth2 client id and secret, and is a SOAP
 *   `login` otherwise. The connection's options decide: without an `oauth2` option, with one
 *   that visibly lacks the client id or secret, or when the file does not show the options at
 *   all, `login` is not reported.
 * `requestToken(code)` (authorization code), `refreshToken(token)` and `authorize(code)` are
 * other grants.
 */

const PACKAGES = ['jsforce', '@jsforce/jsforce-node'];

type Construction = NodePath<t.NewExpression>;

export const jsforce: OAuthLibrary = {
  name: 'jsforce',
  needles: ['jsforce'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const library = namedPackage(file, '@jsforce/jsforce-node', this.name);
    const connections = constructionsOf(file, 'Connection');
    const oauthClients = constructionsOf(file, 'OAuth2');
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      if (name !== 'authenticate' && name !== 'login' && name !== 'loginByOAuth2') continue;
      // every one of them takes (username, password)
      if (call.node.arguments.length < 2) continue;
      const receiverPath = getReceiver(call);
      if (!receiverPath) continue;
      const receiver = classifyValue(receiverPath, PACKAGES);
      if (receiver.kind === 'other') continue;
      const steps = receiver.kind === 'library' ? receiver.value.steps : null;
      if (name === 'loginByOAuth2') {
        if (steps === null || endsWith(steps, ['Connection', 'new'])) grants.push({ node: call.node, api: 'Connection#loginByOAuth2', library });
      } else if (name === 'authenticate') {
        const isClient = steps !== null ? endsWith(steps, ['OAuth2', 'new']) || endsWith(steps, ['Connection', 'new', 'oauth2']) : oauthClients.length > 0;
        if (isClient) grants.push({ node: call.node, api: 'OAuth2#authenticate', library });
      } else {
        if (steps !== null && !endsWith(steps, ['Connection', 'new'])) continue;
        const connection = constructionBehind(receiverPath) ?? (connections.length === 1 ? connections[0] : null);
        if (connection && loginUsesOAuth2(connection)) grants.push({ node: call.node, api: 'Connection#login', library });
      }
    }
    return grants;
  },
};

/** The file's `new <jsforce>.<className>(...)` expressions. */
function constructionsOf(file: LibraryFile, className: string): Construction[] {
  return file.constructions.filter((construction) => {
    const value = traceModuleValue(construction.get('callee'));
    return !!value && isPackage(value.module, PACKAGES) && value.steps[value.steps.length - 1] === className;
  });
}

/** `new Connection(...)` itself, or a name whose one value is such a construction. */
function constructionBehind(receiver: NodePath): Construction | null {
  return valueBehind(receiver, (path) => (path.isNewExpression() ? path : null));
}

/**
 * Does this connection log in through OAuth2? Its options must show an `oauth2` option: an
 * object (or an `OAuth2` made from one) with `clientId` and `clientSecret`, or a value the
 * file does not spell out (a client or settings made elsewhere).
 */
function loginUsesOAuth2(connection: Construction): boolean {
  const [first] = connection.get('arguments');
  const options = first ? resolveObjectLiteral(first) : null;
  if (!options) return false;
  const oauth2 = findObjectProperty(options, ['oauth2']);
  if (!oauth2) return false;
  if (!oauth2.isObjectProperty()) return false;
  let value = unwrapExpression(childPath(oauth2, 'value'));
  const made = constructionBehind(value);
  if (made) {
    const [config] = made.get('arguments');
    if (!config) return false;
    value = config;
  }
  const config = resolveObjectLiteral(value);
  if (!config) return true;
  return findObjectProperty(config, ['clientId']) !== null && findObjectProperty(config, ['clientSecret']) !== null;
}
