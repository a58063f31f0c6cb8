import type * as t from '@babel/types';
import { getNodeIndex } from '../parse/node-index';
import { getMemberPropertyName, isMemberLike } from './ast-utils';
import { CLIENT_CREDENTIALS_LOGIN_METHODS, LOGIN_METHOD_NEEDLES, USER_LOGIN_METHODS } from './login-methods';
import { mentionsAny } from '../text/mentions';

export { LOGIN_METHOD_NEEDLES };

/**
 * How a file's code logs in to Genesys Cloud through the SDK, by the login methods it calls:
 * `client-credentials` gives a token without a user (`loginClientCredentials`,
 * `loginClientCredentialsGrant`); `user` means a person signs in and the token has a real
 * "me" (implicit, PKCE, authorization code, SAML2 bearer: most browser apps). The method
 * names are specific to the SDK's ApiClient, so the receiver is not traced.
 */
export type LoginKind = 'client-credentials' | 'user';

const KIND_OF = new Map<string, LoginKind>([
  ...CLIENT_CREDENTIALS_LOGIN_METHODS.map((name) => [name, 'client-credentials'] as const),
  ...USER_LOGIN_METHODS.map((name) => [name, 'user'] as const),
]);

/** The kinds of login the file calls, sorted, each once. */
export function findLoginKinds(ast: t.File, text: string): LoginKind[] {
  if (!mentionsAny(text, LOGIN_METHOD_NEEDLES)) return [];
  const kinds = new Set<LoginKind>();
  const visit = (node: t.CallExpression | t.OptionalCallExpression) => {
    if (!isMemberLike(node.callee)) return;
    const name = getMemberPropertyName(node.callee);
    const kind = name === null ? undefined : KIND_OF.get(name);
    if (kind) kinds.add(kind);
  };
  const index = getNodeIndex(ast);
  for (const { node } of index.of('CallExpression')) visit(node);
  for (const { node } of index.of('OptionalCallExpression')) visit(node);
  return [...kinds].sort();
}
