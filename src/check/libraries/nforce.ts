import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { findObjectProperty, isCallLike } from '../../detect/ast-utils';
import { resolveObjectLiteral } from '../http/static-text';
import { classifyValue, endsWith, getCalledName, getReceiver, valueBehind } from './call-shapes';
import { isPackage, loadsPackage, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';
import { childPath } from '../../parse/child-path';

/**
 * nforce (and its fork nforce8), a Salesforce REST client: `const org = nforce.createConnection({ clientId,
 * clientSecret, redirectUri })`, then `org.authenticate({ username, password })`. Its
 * authenticate picks the grant from what it is given, in this order: a `code` (authorization
 * code), an `assertion` (SAML assertion), else a `username` (in the call, or in the options
 * of createConnection) sends grant_type=password. Reported when the call's object shows a
 * `username` and no `code` / `assertion`, or when the call shows none of the three and the
 * connection's options (visible in the file) hold the username. `refreshToken(...)` is the
 * refresh grant, another method.
 */

const PACKAGES = ['nforce', 'nforce8'];
const OTHER_GRANT_KEYS = ['code', 'assertion'];

type Call = NodePath<t.CallExpression | t.OptionalCallExpression>;

export const nforce: OAuthLibrary = {
  name: 'nforce',
  // The module specifier with its opening quote: the bare name is inside "enforce", which
  // hundreds of ordinary files (TypeScript's own among them) contain.
  needles: ["'nforce", '"nforce', '`nforce'],
  find(file) {
    if (!loadsPackage(file, PACKAGES)) return [];
    const connections = file.calls.filter((call) => {
      if (getCalledName(call) !== 'createConnection') return false;
      const value = traceModuleValue(childPath(call, 'callee'));
      return !!value && isPackage(value.module, PACKAGES) && endsWith(value.steps, ['createConnection']);
    });
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) !== 'authenticate') continue;
      const receiverPath = getReceiver(call);
      const receiver = classifyValue(receiverPath, PACKAGES);
      if (receiver.kind === 'other') continue;
      if (receiver.kind === 'library' && !endsWith(receiver.value.steps, ['createConnection', '()'])) continue;
      const [first] = call.get('arguments');
      const data = first && !first.isFunction() ? resolveObjectLiteral(first) : null;
      if (first && !first.isFunction() && !data) continue; // credentials the file does not show
      if (data && OTHER_GRANT_KEYS.some((key) => findObjectProperty(data, [key]))) continue;
      if (data && findObjectProperty(data, ['username'])) {
        grants.push({ node: call.node, api: 'Connection#authenticate' });
        continue;
      }
      // No username in the call: the connection's own username decides. An untraced receiver
      // (a parameter, a field) is only read through the file's one connection.
      const connection = (receiverPath && connectionBehind(receiverPath)) ?? (connections.length === 1 ? connections[0] : null);
      if (connection && connectionHasUsername(connection)) grants.push({ node: call.node, api: 'Connection#authenticate' });
    }
    return grants;
  },
};

/** `createConnection(...)` itself, or a name whose one value is that call. */
function connectionBehind(receiver: NodePath): Call | null {
  return valueBehind(receiver, (path) => (isCallLike(path.node) && getCalledName(path as Call) === 'createConnection' ? (path as Call) : null));
}

function connectionHasUsername(connection: Call): boolean {
  const [options] = connection.get('arguments');
  const object = options ? resolveObjectLiteral(options) : null;
  return !!object && findObjectProperty(object, ['username']) !== null;
}
