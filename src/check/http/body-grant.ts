import type { Binding, NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getKeyName, getMemberPropertyName, isMemberLike, unwrapExpression } from '../../detect/ast-utils';
import { type BodyFacts, fieldFacts, isGrantTypeKey, isPasswordGrant, mergeFacts, NO_FACTS } from './body-facts';
import { getAssignedProperty, getConstantInit, getConstantProperty, resolveObjectLiteral, resolveTextShape, UNKNOWN } from './static-text';
import { childPath } from '../../parse/child-path';

/**
 * What an HTTP request body carries (see body-facts.ts). Bodies come as form strings (also
 * a URL's query), JSON strings, objects (axios `data`, got's `form`/`json`, jQuery `data`,
 * Cypress `body`), URLSearchParams / FormData (object, string or pair-list init, `.append` /
 * `.set`, `x.grant_type = ...`), Angular `HttpParams` (`.set` / `.append` chains,
 * `fromObject` / `fromString`), Postman `{ mode, urlencoded: [{ key, value }] | raw }`, and
 * encoders of an object (`qs` / `querystring` / `JSON` `.stringify`, `$.param`,
 * `$httpParamSerializer`, `.toString()`). Option bags (`{ method, body }`, `{ url, data }`,
 * `{ params }`) are looked into. Only what the file shows statically counts.
 */

const MAX_DEPTH = 10;

/** Keys under which HTTP clients take the request body or its query (axios / Angular `params`, ky `searchParams`). */
export const BODY_OPTION_KEYS = new Set([
  'body',
  'data',
  'form',
  'json',
  'formData',
  'params',
  'searchParams',
  'qs',
  'query',
  'payload',
  // Postman's `body: { mode, urlencoded | formdata | raw }`
  'urlencoded',
  'formdata',
  'raw',
]);

/** Constructors of key/value containers filled by init, `.append(key, value)` or `.set(key, value)`. */
export const PAIR_CONTAINERS = new Set(['URLSearchParams', 'FormData', 'HttpParams']);
const PAIR_METHODS = new Set(['append', 'set']);

/** Calls whose value encodes their first argument as a body. */
export const BODY_ENCODERS = new Set([
  'stringify',
  'encode',
  'param',
  'serialize',
  '$httpParamSerializer',
  '$httpParamSerializerJQLike',
  'formurlencoded',
  'urlencode',
  // `Buffer.from(JSON.stringify(body))` holds what it is given
  'from',
]);

function decodeFormPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

const JSON_FIELD = /"([A-Za-z_]+)"\s*:\s*("((?:[^"\\]|\\.)*)")?/g;

/** A form-encoded (`a=1&grant_type=password`, also after a URL's `?`) or JSON (`{"grant_type":"password"}`) text. */
export function textFacts(text: string): BodyFacts | null {
  if (/^\s*\{/.test(text)) {
    let facts: BodyFacts = { ...NO_FACTS };
    for (const match of text.matchAll(JSON_FIELD)) facts = mergeFacts(facts, fieldFacts(match[1], match[3] ?? null));
    return facts;
  }
  // a URL carries its fields after `?`; a text without any `=` is no form at all
  const question = text.indexOf('?');
  const query = question >= 0 && !text.slice(0, question).includes('=') ? text.slice(question + 1) : text;
  if (!query.includes('=')) return text.includes(UNKNOWN) ? null : { ...NO_FACTS };
  let facts: BodyFacts = { ...NO_FACTS };
  for (const part of query.split('&')) {
    const equals = part.indexOf('=');
    if (equals < 0) {
      // `grant_type=password&${rest}`: a segment built at run time may hold any field
      if (part.includes(UNKNOWN)) facts = { ...facts, open: true };
      continue;
    }
    const key = decodeFormPart(part.slice(0, equals).trim());
    const value = part.slice(equals + 1);
    if (key.includes(UNKNOWN)) {
      facts = { ...facts, open: true };
      continue;
    }
    facts = mergeFacts(facts, fieldFacts(key, value.includes(UNKNOWN) ? null : decodeFormPart(value)));
  }
  return facts;
}

function getConstructorName(node: t.NewExpression): string | null {
  const callee = node.callee;
  if (callee.type === 'Identifier') return callee.name;
  return isMemberLike(callee) ? getMemberPropertyName(callee) : null;
}

/** A field given as a key and a value expression (`append(k, v)`, `{ key, value }`, `[k, v]`). */
function pairFacts(key: NodePath | undefined, value: NodePath | undefined, depth: number): BodyFacts {
  if (!key) return NO_FACTS;
  const name = resolveTextShape(key, depth + 1);
  if (name === null || name.includes(UNKNOWN)) return { ...NO_FACTS, open: true };
  const text = value && isGrantTypeKey(name) ? resolveTextShape(value, depth + 1) : null;
  return fieldFacts(name, text !== null && text.includes(UNKNOWN) ? null : text);
}

function objectFacts(object: NodePath<t.ObjectExpression>, depth: number): BodyFacts | null {
  let own: BodyFacts = { ...NO_FACTS };
  let nested: BodyFacts | null = null;
  let ownGrant = false;
  for (const property of object.get('properties')) {
    if (property.isSpreadElement()) {
      const spread = getBodyFacts(property.get('argument'), depth + 1);
      // a spread of what the file does not show may hold any field
      own = mergeFacts(own, spread ?? { ...NO_FACTS, open: true });
      ownGrant ||= spread?.grantType !== undefined;
      continue;
    }
    if (!property.isObjectProperty()) continue;
    const name = getKeyName(property.node);
    if (name === null) continue;
    const value = childPath(property, 'value');
    if (isGrantTypeKey(name)) {
      const text = resolveTextShape(value, depth + 1);
      own = mergeFacts(own, fieldFacts(name, text !== null && text.includes(UNKNOWN) ? null : text));
      ownGrant = true;
    } else if (BODY_OPTION_KEYS.has(name)) {
      const inner = getBodyFacts(value, depth + 1);
      if (inner) nested = nested ? mergeFacts(nested, inner) : inner;
      own = mergeFacts(own, fieldFacts(name, null));
    } else {
      own = mergeFacts(own, fieldFacts(name, null));
    }
  }
  // An object with a grant type is the body itself; otherwise it is an option bag, whose own
  // `username` / `password` are HTTP Basic authentication (got, request), not the body's.
  if (ownGrant) return own;
  return nested ?? (own.username || own.password ? own : null);
}

/** `[['grant_type', 'password'], ...]` (URLSearchParams init) or `[{ key, value }, ...]` (Postman). */
function arrayFacts(list: NodePath<t.ArrayExpression>, depth: number): BodyFacts {
  let facts: BodyFacts = { ...NO_FACTS };
  for (const element of list.get('elements')) {
    if (element.isArrayExpression()) {
      const [key, value] = element.get('elements') as NodePath[];
      facts = mergeFacts(facts, pairFacts(key, value, depth));
    } else if (element.isObjectExpression()) {
      const find = (name: string) => {
        const property = element.get('properties').find((entry) => entry.isObjectProperty() && getKeyName(entry.node) === name);
        return property ? (childPath(property, 'value')) : undefined;
      };
      facts = mergeFacts(facts, pairFacts(find('key'), find('value'), depth));
    }
  }
  return facts;
}

/** The calls of a chain below `call` (`new HttpParams().set(a, b).set(c, d)`), outermost first, and its root. */
function unwindChain(call: NodePath<t.CallExpression>): { calls: NodePath<t.CallExpression>[]; root: NodePath } {
  const calls: NodePath<t.CallExpression>[] = [];
  let current: NodePath = call;
  while (current.isCallExpression() && isMemberLike(current.node.callee)) {
    calls.push(current);
    current = childPath(childPath(current, 'callee'), 'object');
  }
  return { calls, root: current };
}

/** `new HttpParams().set(k, v).append(k, v)`: the container and the pairs of the chain. */
function pairChainFacts(call: NodePath<t.CallExpression>, depth: number): BodyFacts | null {
  const { calls, root } = unwindChain(call);
  const base = unwrapExpression(root);
  if (!base.isNewExpression() && !base.isIdentifier()) return null;
  if (base.isNewExpression() && !PAIR_CONTAINERS.has(getConstructorName(base.node) ?? '')) return null;
  let facts = getBodyFacts(base, depth + 1);
  if (!facts) return null;
  for (const link of calls.slice().reverse()) {
    const name = getMemberPropertyName(link.node.callee as t.MemberExpression);
    if (name === null || !PAIR_METHODS.has(name)) return null;
    const [key, value] = link.get('arguments') as NodePath[];
    facts = mergeFacts(facts, pairFacts(key, value, depth));
  }
  return facts;
}

/** `new URLSearchParams(init)`, `new FormData()`, `new HttpParams({ fromObject | fromString })`. */
function containerFacts(path: NodePath<t.NewExpression>, depth: number): BodyFacts | null {
  const name = getConstructorName(path.node);
  if (name === null || !PAIR_CONTAINERS.has(name)) return null;
  const [init] = path.get('arguments') as NodePath[];
  if (!init) return { ...NO_FACTS };
  if (name === 'HttpParams') {
    const options = unwrapExpression(init);
    if (!options.isObjectExpression()) return null;
    let facts: BodyFacts = { ...NO_FACTS };
    for (const property of options.get('properties')) {
      if (!property.isObjectProperty()) continue;
      const key = getKeyName(property.node);
      if (key !== 'fromObject' && key !== 'fromString') continue;
      const inner = getBodyFacts(childPath(property, 'value'), depth + 1);
      facts = inner ? mergeFacts(facts, inner) : { ...facts, open: true };
    }
    return facts;
  }
  return getBodyFacts(init, depth + 1);
}

/**
 * Writes to a variable after its creation: `params.append('grant_type', 'password')`,
 * `form.set(...)`, `body.grant_type = 'password'`, `body['username'] = user`.
 */
function mutationFacts(identifier: NodePath<t.Identifier>, depth: number): BodyFacts {
  const binding = identifier.scope.getBinding(identifier.node.name);
  if (!binding) return { ...NO_FACTS };
  // a binding's writes are the same for every read of it: bundles read some names thousands of times
  let facts = MUTATIONS.get(binding);
  if (!facts) MUTATIONS.set(binding, (facts = collectMutationFacts(binding, depth)));
  return facts;
}

const MUTATIONS = new WeakMap<Binding, BodyFacts>();

function collectMutationFacts(binding: Binding, depth: number): BodyFacts {
  return binding.referencePaths.reduce<BodyFacts>((facts, reference) => mergeFacts(facts, writeThrough(reference, depth)), { ...NO_FACTS });
}

/**
 * What one read of a body writes into it: `<read>.append(key, value)` / `.set(...)` as a
 * statement, or `<read>.key = value`. The read is a variable's reference or a `this.form`.
 */
function writeThrough(read: NodePath, depth: number): BodyFacts {
  const member = read.parentPath;
  if (!member || !isMemberLike(member.node) || member.node.object !== read.node) return NO_FACTS;
  const name = getMemberPropertyName(member.node);
  const user = member.parentPath;
  if (name === null || !user) return NO_FACTS;
  if (PAIR_METHODS.has(name) && user.isCallExpression() && user.node.callee === member.node && user.parentPath?.isExpressionStatement()) {
    const [key, value] = user.get('arguments') as NodePath[];
    // `for (const [k, v] of Object.entries(fields)) body.append(k, v)`: the fields of the walked object
    const walked = key && resolveTextShape(key, depth + 1) === null && depth < MAX_DEPTH ? enclosingWalkSource(user) : null;
    const walkedFacts = walked ? getBodyFacts(walked, depth + 1) : null;
    return walkedFacts ?? pairFacts(key, value, depth);
  }
  if (user.isAssignmentExpression({ operator: '=' }) && user.node.left === member.node) {
    const text = isGrantTypeKey(name) ? resolveTextShape(user.get('right'), depth + 1) : null;
    return fieldFacts(name, text !== null && text.includes(UNKNOWN) ? null : text);
  }
  return NO_FACTS;
}

/**
 * Writes to a class's field through `this`: `form = new FormData()` declared, then
 * `this.form.append('grant_type', 'password')` in a method (Angular components keep their
 * form on the instance). Every `this.<name>` of the class's own methods counts; `this` in a
 * nested `function`, object method or class is another object.
 */
function fieldMutationFacts(read: NodePath<t.MemberExpression>, depth: number): BodyFacts {
  const name = getMemberPropertyName(read.node);
  const body = read.findParent((parent) => parent.isClassBody()) as NodePath<t.ClassBody> | null;
  if (name === null || !body) return NO_FACTS;
  let byName = FIELD_READS.get(body.node);
  if (!byName) FIELD_READS.set(body.node, (byName = collectFieldReads(body)));
  return (byName.get(name) ?? []).reduce<BodyFacts>((facts, fieldRead) => mergeFacts(facts, writeThrough(fieldRead, depth)), { ...NO_FACTS });
}

/** `this.<name>` reads per class body, found in one walk: a bundle's class may be read many times. */
const FIELD_READS = new WeakMap<t.ClassBody, Map<string, NodePath<t.MemberExpression>[]>>();

function collectFieldReads(body: NodePath<t.ClassBody>): Map<string, NodePath<t.MemberExpression>[]> {
  const reads = new Map<string, NodePath<t.MemberExpression>[]>();
  body.traverse({
    Class(inner) {
      inner.skip();
    },
    FunctionDeclaration(inner) {
      inner.skip();
    },
    FunctionExpression(inner) {
      // a method's own function is the class's; any other `function` has its own `this`
      if (!inner.parentPath.isClassProperty()) inner.skip();
    },
    ObjectMethod(inner) {
      inner.skip();
    },
    MemberExpression(member) {
      if (member.node.object.type !== 'ThisExpression') return;
      const name = getMemberPropertyName(member.node);
      if (name === null) return;
      const list = reads.get(name);
      if (list) list.push(member);
      else reads.set(name, [member]);
    },
  });
  return reads;
}

/** `Object.assign(target, ...sources)` and its library twins: one object made of several. */
const MERGING_HOLDERS = new Set(['Object', '_', 'lodash', '$', 'jQuery', 'angular']);
const MERGING_METHODS = new Set(['assign', 'extend', 'merge']);

function isMergingCall(callee: NodePath): boolean {
  if (!isMemberLike(callee.node)) return false;
  const holder = unwrapExpression(childPath(callee, 'object'));
  const name = getMemberPropertyName(callee.node);
  return holder.isIdentifier() && MERGING_HOLDERS.has(holder.node.name) && name !== null && MERGING_METHODS.has(name);
}

/**
 * `Object.assign({}, DEFAULTS, { username, password })`: the fields of every argument, the
 * way a spread (`{ ...DEFAULTS, username, password }`) is read. An argument the file does not
 * show may hold any field (open); jQuery's leading `true` (deep) flag carries none.
 */
function mergedFacts(call: NodePath<t.CallExpression>, depth: number): BodyFacts | null {
  let merged: BodyFacts = { ...NO_FACTS };
  let seen = false;
  for (const argument of call.get('arguments') as NodePath[]) {
    if (argument.isBooleanLiteral()) continue;
    const facts = argument.isSpreadElement() ? null : getBodyFacts(argument, depth + 1);
    seen ||= facts !== null;
    // an object the file shows (`{}`, a const of other settings) adds what it holds, nothing more
    const known = !argument.isSpreadElement() && resolveObjectLiteral(argument) !== null;
    merged = mergeFacts(merged, facts ?? (known ? NO_FACTS : { ...NO_FACTS, open: true }));
  }
  return seen ? merged : null;
}

function callFacts(call: NodePath<t.CallExpression>, depth: number): BodyFacts | null {
  const callee = childPath(call, 'callee');
  const [first] = call.get('arguments') as NodePath[];
  const name = callee.isIdentifier() ? callee.node.name : isMemberLike(callee.node) ? getMemberPropertyName(callee.node) : null;
  if (name === null) return null;
  if (isMergingCall(callee)) return mergedFacts(call, depth);
  // JSON.stringify, qs.stringify, querystring.stringify, $.param, $httpParamSerializer, a destructured `stringify`
  if (BODY_ENCODERS.has(name)) return first ? getBodyFacts(first, depth + 1) : null;
  if (name === 'toString' && isMemberLike(callee.node)) return getBodyFacts(childPath(callee, 'object'), depth + 1);
  if (PAIR_METHODS.has(name)) return pairChainFacts(call, depth);
  if (name === 'join') return joinedPairsFacts(call, depth);
  // `new URLSearchParams(Object.entries(fields))`
  const walked = objectWalkSource(call);
  if (walked) return getBodyFacts(walked, depth + 1);
  return returnedBodyFacts(call, depth);
}

/**
 * A body made by a function of the file: `qs.stringify(tokenBody(u, p))` with `function
 * tokenBody(u, p) { return { grant_type: 'password', ... } }`, or `this.getPayload()` of the
 * enclosing class. What its `return`s (or an arrow's expression body) carry.
 */
function returnedBodyFacts(call: NodePath<t.CallExpression>, depth: number): BodyFacts | null {
  const fn = calledFunction(call);
  if (!fn || depth > MAX_DEPTH) return null;
  const body = childPath(fn, 'body');
  if (!body.isBlockStatement()) return getBodyFacts(body, depth + 1);
  let facts: BodyFacts | null = null;
  body.traverse({
    Function(inner) {
      inner.skip();
    },
    ReturnStatement(statement) {
      const argument = statement.get('argument');
      const found = argument.node ? getBodyFacts(argument as NodePath, depth + 1) : null;
      if (found) facts = facts ? mergeFacts(facts, found) : found;
    },
  });
  return facts;
}

/** The function a call runs, when the file defines it: a declaration, a `const f = () => ...`, or a method of the enclosing class. */
function calledFunction(call: NodePath<t.CallExpression>): NodePath<t.Function> | null {
  const callee = childPath(call, 'callee');
  if (callee.isIdentifier()) {
    const binding = callee.scope.getBinding(callee.node.name);
    if (!binding) return null;
    if (binding.path.isFunctionDeclaration()) return binding.path;
    const init = getConstantInit(callee);
    const value = init ? unwrapExpression(init) : null;
    return value && (value.isArrowFunctionExpression() || value.isFunctionExpression()) ? value : null;
  }
  if (!callee.isMemberExpression() || callee.node.object.type !== 'ThisExpression') return null;
  const name = getMemberPropertyName(callee.node);
  const owner = call.findParent((parent) => parent.isClassBody());
  if (name === null || !owner?.isClassBody()) return null;
  const method = owner.get('body').find((member) => member.isClassMethod() && getKeyName(member.node) === name);
  return method?.isClassMethod() ? method : null;
}

/** `Object.keys(params)` / `Object.entries(params)`: the `params` whose fields are walked, else null. */
function objectWalkSource(call: NodePath): NodePath | null {
  if (!call.isCallExpression() || !isMemberLike(call.node.callee)) return null;
  const object = call.node.callee.object;
  const name = getMemberPropertyName(call.node.callee);
  if (object.type !== 'Identifier' || object.name !== 'Object' || (name !== 'keys' && name !== 'entries')) return null;
  const [source] = call.get('arguments') as NodePath[];
  return source ?? null;
}

/**
 * `Object.keys(params).map(...).join('&')` / `Object.entries(params)...join('&')`, or
 * `parts.join('&')` of an array filled by hand from `params`: a form built from `params`.
 */
function joinedPairsFacts(call: NodePath<t.CallExpression>, depth: number): BodyFacts | null {
  const { calls } = unwindChain(call);
  const base = calls[calls.length - 1];
  if (!isMemberLike(base.node.callee)) return null;
  const source = objectWalkSource(base);
  if (source) return getBodyFacts(source, depth + 1);
  const object = childPath(childPath(base, 'callee'), 'object');
  return calls.length === 1 && object.isIdentifier() ? pushedPairsFacts(object, depth) : null;
}

/**
 * The object whose fields a loop pushes into the array `parts`: `for (const key in details)
 * parts.push(encode(key) + '=' + encode(details[key]))`, also `for (const [k, v] of
 * Object.entries(details))` and `Object.keys(details).forEach((key) => parts.push(...))`.
 * A hand-written form encoder of a body object (React Native's fetch examples).
 */
function pushedPairsFacts(parts: NodePath<t.Identifier>, depth: number): BodyFacts | null {
  const binding = parts.scope.getBinding(parts.node.name);
  if (!binding || depth > MAX_DEPTH) return null;
  let facts: BodyFacts | null = null;
  for (const reference of binding.referencePaths) {
    const member = reference.parentPath;
    if (!member || !isMemberLike(member.node) || member.node.object !== reference.node || getMemberPropertyName(member.node) !== 'push') continue;
    const source = enclosingWalkSource(member);
    const found = source ? getBodyFacts(source, depth + 1) : null;
    if (found) facts = facts ? mergeFacts(facts, found) : found;
  }
  return facts;
}

/** The object walked by the nearest enclosing `for...in`, `for...of Object.entries(o)` or `Object.keys(o).forEach(...)`. */
function enclosingWalkSource(path: NodePath): NodePath | null {
  for (let current = path.parentPath, steps = 0; current && steps < 12; current = current.parentPath, steps++) {
    if (current.isForInStatement()) return current.get('right');
    if (current.isForOfStatement()) return objectWalkSource(current.get('right'));
    if (current.isFunction() && current.parentPath?.isCallExpression() && current.listKey === 'arguments') {
      const callee = childPath(current.parentPath, 'callee');
      return isMemberLike(callee.node) ? objectWalkSource(childPath(callee, 'object')) : null;
    }
    if (current.isFunction() || current.isProgram()) return null;
  }
  return null;
}

/**
 * `let payload; if (sso) payload = { grant_type: 'password', ... }; else payload = {...}`: a
 * variable given its body by assignments. Each assigned value is one body the request may
 * send; the one that is a password grant, if any, is what the file can send.
 */
function reassignedBodyFacts(identifier: NodePath<t.Identifier>, depth: number): BodyFacts | null {
  const binding = identifier.scope.getBinding(identifier.node.name);
  if (!binding || binding.constant || depth > MAX_DEPTH) return null;
  const values: NodePath[] = [];
  if (binding.path.isVariableDeclarator() && binding.path.node.init) values.push(childPath(binding.path, 'init'));
  for (const violation of binding.constantViolations) {
    if (violation.isAssignmentExpression({ operator: '=' }) && violation.node.left.type === 'Identifier') values.push(violation.get('right'));
  }
  let merged: BodyFacts | null = null;
  for (const value of values) {
    const found = getBodyFacts(value, depth + 1);
    if (!found) continue;
    if (isPasswordGrant(found)) return found;
    merged = merged ? mergeFacts(merged, found) : found;
  }
  return merged;
}

/** `parts = parts.join('&')` (or `body = parts.join('&')`): a variable assigned a hand-built form after its creation. */
function reassignedFormFacts(identifier: NodePath<t.Identifier>, depth: number): BodyFacts | null {
  const binding = identifier.scope.getBinding(identifier.node.name);
  if (!binding || binding.constant) return null;
  let facts: BodyFacts | null = null;
  for (const violation of binding.constantViolations) {
    if (!violation.isAssignmentExpression({ operator: '=' })) continue;
    const right = unwrapExpression(violation.get('right'));
    if (!right.isCallExpression() || !isMemberLike(right.node.callee) || getMemberPropertyName(right.node.callee) !== 'join') continue;
    const found = joinedPairsFacts(right, depth + 1);
    if (found) facts = facts ? mergeFacts(facts, found) : found;
  }
  return facts;
}

/** The bodies encoded into parts of a string built by `+` or a template literal. */
function embeddedFacts(expr: NodePath, depth: number): BodyFacts[] {
  const parts = expr.isTemplateLiteral()
    ? (expr.get('expressions') as NodePath[])
    : expr.isBinaryExpression({ operator: '+' })
      ? [childPath(expr, 'left'), expr.get('right')]
      : [];
  return parts.flatMap((part) => {
    const inner = unwrapExpression(part);
    if (inner.isStringLiteral()) return [];
    if (inner.isBinaryExpression({ operator: '+' }) || inner.isTemplateLiteral()) return embeddedFacts(inner, depth + 1);
    const facts = depth < MAX_DEPTH && !inner.isIdentifier() ? getBodyFacts(inner, depth + 1) : identifierBodyFacts(inner, depth);
    return facts && (facts.grantType !== undefined || facts.username || facts.password) ? [facts] : [];
  });
}

/** An identifier inside a string is a body only when the file built it with an encoder (`const q = qs.stringify(...)`). */
function identifierBodyFacts(path: NodePath, depth: number): BodyFacts | null {
  const init = getConstantInit(path);
  const value = init ? unwrapExpression(init) : null;
  return value && value.isCallExpression() && depth < MAX_DEPTH ? getBodyFacts(value, depth + 1) : null;
}

/** What the value of this expression carries as a body; null when the file does not show it. */
export function getBodyFacts(path: NodePath, depth = 0): BodyFacts | null {
  if (depth > MAX_DEPTH) return null;
  const expr = unwrapExpression(path);
  if (expr.isStringLiteral() || expr.isTemplateLiteral() || expr.isBinaryExpression({ operator: '+' })) {
    const text = resolveTextShape(expr, depth + 1);
    const facts = text === null ? null : textFacts(text);
    // `'oauth/token?' + qs.stringify({ ...user, grant_type: 'password' })`: an encoded part counts too
    return embeddedFacts(expr, depth).reduce<BodyFacts | null>((all, part) => (all ? mergeFacts(all, part) : part), facts);
  }
  if (expr.isObjectExpression()) return objectFacts(expr, depth);
  if (expr.isArrayExpression()) return arrayFacts(expr, depth);
  if (expr.isNewExpression()) return containerFacts(expr, depth);
  if (expr.isCallExpression()) return callFacts(expr, depth);
  if (expr.isIdentifier()) {
    const init = getConstantInit(expr);
    const initial = init ? getBodyFacts(init, depth + 1) : null;
    const mutations = mutationFacts(expr, depth);
    const reassigned = initial ? null : (reassignedFormFacts(expr, depth) ?? reassignedBodyFacts(expr, depth));
    if (reassigned) return mergeFacts(reassigned, mutations);
    if (!initial) return mutations.grantType !== undefined ? mutations : null;
    return mergeFacts(initial, mutations);
  }
  const value = getConstantProperty(expr, depth) ?? getAssignedProperty(expr);
  const initial = value ? getBodyFacts(value, depth + 1) : null;
  if (!expr.isMemberExpression() || expr.node.object.type !== 'ThisExpression') return initial;
  const writes = fieldMutationFacts(expr, depth);
  if (!initial) return writes.grantType !== undefined ? writes : null;
  return mergeFacts(initial, writes);
}
