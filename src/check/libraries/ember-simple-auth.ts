import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { traverseFast } from '@babel/types';
import { findObjectProperty, getKeyName, getMemberPropertyName, isMemberLike } from '../../detect/ast-utils';
import { resolveObjectLiteral } from '../http/static-text';
import { getCalledName, getReceiver } from './call-shapes';
import { isPackage, type LibraryGrant, type OAuthLibrary } from './library';
import { traceModuleValue } from './trace-module-value';
import { childPath } from '../../parse/child-path';

/**
 * ember-simple-auth: an application authenticator built on the OAuth2 password grant
 * authenticator, `OAuth2PasswordGrant.extend({ serverTokenEndpoint })`, `class extends
 * OAuth2PasswordGrant`, or a re-export of it; and a login through the password grant
 * authenticator by its registered name. An extension that replaces `authenticate`
 * without calling the original no longer sends the password grant (e.g. a code exchange).
 * Creating the authenticator itself (`.create()`, in the library's own tests) is not an app's.
 */

const MODULE = 'ember-simple-auth/authenticators/oauth2-password-grant';

/**
 * The name an app logs in through: `session.authenticate('authenticator:oauth2-password-grant',
 * ...)`, and ember-simple-auth before 1.0's built-in `'simple-auth-authenticator:oauth2-password-grant'`.
 * An app's own `'authenticator:oauth2'` may be anything: its definition file is what counts.
 */
const PASSWORD_AUTHENTICATOR_NAME = /^[\w-]*authenticator:oauth2-password-grant$/;

function isPasswordAuthenticatorName(node: t.Node | undefined): boolean {
  return node?.type === 'StringLiteral' && PASSWORD_AUTHENTICATOR_NAME.test(node.value);
}

function isPasswordGrantAuthenticator(path: NodePath | null | undefined): boolean {
  if (!path?.node) return false;
  const value = traceModuleValue(path);
  return !!value && isPackage(value.module, [MODULE]) && value.steps.length === 0;
}

/**
 * Whether an `authenticate` override still runs the original (`super.authenticate`, or
 * `this._super` in Ember's classic classes), read from the tree: a comment that mentions it
 * is no call, and an escaped name (`super.authentic\u0061te`) is the same one.
 */
function callsOriginal(body: t.Node | null | undefined): boolean {
  if (!body) return false;
  let calls = false;
  traverseFast(body, (node) => {
    if (calls || !isMemberLike(node)) return;
    const name = getMemberPropertyName(node);
    calls = (node.object.type === 'Super' && name === 'authenticate') || (node.object.type === 'ThisExpression' && name === '_super');
  });
  return calls;
}

export const emberSimpleAuth: OAuthLibrary = {
  name: 'ember-simple-auth',
  needles: ['oauth2-password-grant'],
  find(file) {
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      if (getCalledName(call) === 'authenticate' && isPasswordAuthenticatorName(call.node.arguments[0])) {
        grants.push({ node: call.node, api: `session.authenticate('${(call.node.arguments[0] as t.StringLiteral).value}')` });
        continue;
      }
      if (getCalledName(call) !== 'extend' || !isPasswordGrantAuthenticator(getReceiver(call))) continue;
      const replaced = call.get('arguments').some((arg) => {
        const object = resolveObjectLiteral(arg);
        const authenticate = object ? findObjectProperty(object, ['authenticate']) : null;
        if (!authenticate) return false;
        const body = authenticate.isObjectMethod() ? authenticate.node.body : authenticate.isObjectProperty() ? authenticate.node.value : null;
        return !callsOriginal(body);
      });
      if (!replaced) grants.push({ node: call.node, api: 'OAuth2PasswordGrant.extend' });
    }
    for (const classPath of file.classes) {
      if (!isPasswordGrantAuthenticator(childPath(classPath, 'superClass'))) continue;
      const authenticate = classPath.node.body.body.find(
        (member): member is t.ClassMethod => member.type === 'ClassMethod' && getKeyName(member) === 'authenticate',
      );
      if (authenticate && !callsOriginal(authenticate.body)) continue;
      grants.push({ node: classPath.node, api: 'extends OAuth2PasswordGrant' });
    }
    for (const reexport of file.reexports) {
      if (reexport.node.source?.value === MODULE) grants.push({ node: reexport.node, api: 'OAuth2PasswordGrant' });
    }
    return grants;
  },
};
