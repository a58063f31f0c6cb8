import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getKeyName } from '../../detect/ast-utils';
import { resolveTextShape } from '../../check/http/static-text';
import { emptySources, getCredentialSources, mergeSources } from './credential-sources';
import { GRANT_TYPE_KEY, isUserKey, renderGrantLiteral } from './grant-type';
import { getListRemovalRanges } from './list-removal';
import { fail, succeed, type BodyEdit, type TextEdit, type Verdict } from './types';
import { childPath } from '../../parse/child-path';

/**
 * `{ grant_type: 'password', username, password, ... }` as a body (axios data, got / request
 * `form`, the init of `URLSearchParams`, the argument of `qs.stringify`): the grant type's
 * value becomes `'client_credentials'`, the username and password properties go. Without
 * `requireGrant`, an object that does not set the grant itself (the init of a container whose
 * grant is appended later) only loses its username and password.
 */
export function editObjectBody(object: NodePath<t.ObjectExpression>, source: string, requireGrant = true): Verdict<BodyEdit> {
  const properties = object.node.properties;
  const grantValues: NodePath[] = [];
  const removed = new Set<number>();
  const removedExpressions: NodePath[] = [];
  const sources = emptySources();
  const names = new Set<string>();
  const paths = object.get('properties');
  for (let index = 0; index < paths.length; index++) {
    const property = paths[index];
    if (property.isSpreadElement()) return fail('the token body spreads another object into it, which may hold the username and password');
    if (!property.isObjectProperty() && !property.isObjectMethod()) return fail('the token body has a member the tool cannot read');
    const name = getKeyName(property.node as t.ObjectProperty);
    if (name === null) return fail('the token body has a property whose name is only known at run time');
    names.add(name);
    if (property.isObjectMethod()) {
      if (name === GRANT_TYPE_KEY || isUserKey(name)) return fail(`the token body computes \`${name}\` in a method`);
      continue;
    }
    const value = childPath(property, 'value');
    if (name === GRANT_TYPE_KEY) {
      if (resolveTextShape(value) === 'password') grantValues.push(value);
    } else if (isUserKey(name)) {
      removed.add(index);
      removedExpressions.push(value);
      mergeSources(sources, getCredentialSources(value, name));
    }
  }
  if (grantValues.length === 0 && requireGrant) return fail('the token body does not set grant_type itself');
  for (const value of grantValues) if (!value.isStringLiteral()) removedExpressions.push(value);
  const removals = getListRemovalRanges(properties, removed);
  return succeed({
    ...sources,
    render: ({ style }) => {
      const edits: TextEdit[] = grantValues.map((value) => ({
        start: value.node.start ?? 0,
        end: value.node.end ?? 0,
        text: renderGrantLiteral(source, value.node.start ?? 0, style),
      }));
      return [...edits, ...removals.map((range) => ({ ...range, text: '' }))];
    },
    removedStatements: [],
    removedExpressions,
    sendsClientSecret: names.has('client_id') && names.has('client_secret'),
    sendsClientId: names.has('client_id'),
    changesGrantType: grantValues.length > 0,
  });
}
