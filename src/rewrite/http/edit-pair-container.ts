import type { Binding, NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getMemberPropertyName, isMemberLike } from '../../detect/ast-utils';
import { resolveTextShape } from '../../check/http/static-text';
import { wholeLineRange, type TextRange } from '../plan-removals';
import { emptySources, getCredentialSources, mergeSources } from './credential-sources';
import { GRANT_TYPE_KEY, isUserKey, renderGrantLiteral } from './grant-type';
import { fail, succeed, type BodyEdit, type TextEdit, type Verdict } from './types';

/**
 * A local `URLSearchParams` / `FormData` filled by statements:
 *
 *     const params = new URLSearchParams();
 *     params.append('grant_type', 'password');
 *     params.append('username', user);
 *
 * The `grant_type` pair's value becomes `'client_credentials'`; the statements that add the
 * username and password go (whole lines). A pair written any other way (inside an
 * expression, with a name known only at run time) leaves the request to a person.
 */

const PAIR_METHODS = new Set(['append', 'set']);

interface PairWrite {
  call: NodePath<t.CallExpression>;
  name: string | null;
}

/** `params.append(name, value)` calls on the binding, and whether each is a statement of its own. */
function getPairWrites(binding: Binding): Verdict<PairWrite[]> {
  const writes: PairWrite[] = [];
  for (const reference of binding.referencePaths) {
    const member = reference.parentPath;
    if (!member || !isMemberLike(member.node) || member.node.object !== reference.node) continue;
    const method = getMemberPropertyName(member.node);
    if (method === null || !PAIR_METHODS.has(method)) continue;
    const call = member.parentPath;
    if (!call?.isCallExpression() || call.node.callee !== member.node) continue;
    const [key] = call.get('arguments') as NodePath[];
    const name = key ? resolveTextShape(key) : null;
    const relevant = name === null || name === GRANT_TYPE_KEY || isUserKey(name);
    if (relevant && !call.parentPath.isExpressionStatement()) {
      return fail(`\`${method}\` adds a pair to the token body inside another expression`);
    }
    writes.push({ call, name });
  }
  return succeed(writes);
}

export function editPairContainer(binding: Binding, source: string): Verdict<BodyEdit> {
  const found = getPairWrites(binding);
  if (!found.ok) return found;
  const grantValues: NodePath[] = [];
  const removedStatements: TextRange[] = [];
  const removedExpressions: NodePath[] = [];
  const sources = emptySources();
  const names = new Set<string>();
  for (const { call, name } of found.value) {
    if (name === null) return fail('a pair is added to the token body under a name known only at run time');
    names.add(name);
    const [, value] = call.get('arguments') as NodePath[];
    if (!value) continue;
    if (name === GRANT_TYPE_KEY && resolveTextShape(value) === 'password') grantValues.push(value);
    else if (isUserKey(name)) {
      const statement = call.parentPath as NodePath<t.ExpressionStatement>;
      removedStatements.push(wholeLineRange(source, statement.node.start ?? 0, statement.node.end ?? 0));
      removedExpressions.push(statement);
      mergeSources(sources, getCredentialSources(value, name));
    }
  }
  for (const value of grantValues) if (!value.isStringLiteral()) removedExpressions.push(value);
  return succeed({
    ...sources,
    render: ({ style }) =>
      grantValues.map(
        (value): TextEdit => ({ start: value.node.start ?? 0, end: value.node.end ?? 0, text: renderGrantLiteral(source, value.node.start ?? 0, style) }),
      ),
    removedStatements,
    removedExpressions,
    sendsClientSecret: names.has('client_id') && names.has('client_secret'),
    sendsClientId: names.has('client_id'),
    changesGrantType: grantValues.length > 0,
  });
}
