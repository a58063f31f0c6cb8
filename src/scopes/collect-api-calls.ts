import type { File, Node } from '@babel/types';
import { getNodeIndex } from '../parse/node-index';
import { parseSource, splitBom } from '../parse/parse-source';
import { couldCallPlatformApi } from './service-facts-text';

/**
 * Finds the Genesys Cloud Platform API operations a file calls: a method called on an
 * instance of an SDK API class (`new platformClient.AnalyticsApi()`, `new UsersApi()`),
 * whether the call is made on the `new` expression itself, on a variable, a class field,
 * an object property or a parameter typed as the class (TypeScript). Matching is by name
 * within the file: cheap, and good enough to choose scopes, which a person reviews anyway.
 */

export interface ApiCall {
  apiClass: string;
  method: string;
  /** 1-based */
  line: number;
  /** 1-based, of the call's first character */
  column: number;
  /** one past the call's last character */
  endLine: number;
  endColumn: number;
}


/** SDK operations are named after their HTTP method (`getUsersMe`, `postAnalyticsConversationsDetailsQuery`). */
const OPERATION_NAME = /^(get|post|put|patch|delete|head)[A-Z0-9]/;

export function collectApiCalls(source: string, fileName: string, apiClasses: ReadonlySet<string>): ApiCall[] {
  const { text } = splitBom(source);
  if (!couldCallPlatformApi(text)) return [];
  return collectApiCallsInAst(parseSource(text, fileName), apiClasses);
}

/** The same, on a file already parsed (check's rules share one parse per file). */
export function collectApiCallsInAst(ast: File, apiClasses: ReadonlySet<string>): ApiCall[] {
  // Pass 1: which names hold an API instance (variables and parameters; fields and properties).
  const variables = new Map<string, Set<string>>();
  const fields = new Map<string, Set<string>>();
  const calls: ApiCall[] = [];
  const remember = (table: Map<string, Set<string>>, name: string | null, apiClass: string) => {
    if (name === null) return;
    const classes = table.get(name) ?? new Set<string>();
    classes.add(apiClass);
    table.set(name, classes);
  };

  const index = getNodeIndex(ast);
  for (const { node, parent } of index.of('NewExpression')) {
    const constructed = getApiClassName(node.callee, apiClasses);
    if (!constructed || !parent) continue;
    if (parent.type === 'VariableDeclarator' && parent.init === node) remember(variables, getBindingName(parent.id), constructed);
    if (parent.type === 'AssignmentExpression' && parent.right === node) {
      remember(variables, getBindingName(parent.left), constructed);
      remember(fields, getMemberName(parent.left), constructed);
    }
    if ((parent.type === 'ClassProperty' || parent.type === 'ClassPrivateProperty') && parent.value === node) {
      remember(fields, getKeyName(parent.key), constructed);
    }
    if (parent.type === 'ObjectProperty' && parent.value === node) remember(fields, getKeyName(parent.key), constructed);
    if (isCalleeObject(parent, node)) calls.push(...callsOn(parent, constructed));
  }
  // TypeScript: `api: AnalyticsApi` on a parameter, a variable or a class field (the
  // annotation's parent is what it annotates), and `constructor(private api: UsersApi)`.
  for (const { node: annotation, parent: holder } of index.of('TSTypeAnnotation')) {
    if (!holder || (holder as { typeAnnotation?: unknown }).typeAnnotation !== annotation) continue;
    const typed = getAnnotatedApiClass(holder, apiClasses);
    if (!typed) continue;
    if (holder.type === 'Identifier') remember(variables, holder.name, typed);
    if (holder.type === 'ClassProperty' || holder.type === 'ClassPrivateProperty') remember(fields, getKeyName(holder.key), typed);
  }
  for (const { node } of index.of('TSParameterProperty')) {
    const typed = getAnnotatedApiClass(node.parameter, apiClasses);
    if (typed && node.parameter.type === 'Identifier') remember(fields, node.parameter.name, typed);
  }

  // Pass 2: operations called on those names (a file that holds no instance has none).
  if (variables.size === 0 && fields.size === 0) return calls;
  const onInstance = (node: Extract<Node, { type: 'CallExpression' | 'OptionalCallExpression' }>) => {
    const callee = node.callee;
    if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return;
    const method = getPropertyName(callee);
    if (method === null || !OPERATION_NAME.test(method)) return;
    const holder = callee.object;
    const classes =
      holder.type === 'Identifier' ? variables.get(holder.name) : isMember(holder) ? fields.get(getMemberName(holder) ?? '') : undefined;
    for (const apiClass of classes ?? []) calls.push({ apiClass, method, ...positionOf(node) });
  };
  // In source order across both kinds of call, as the one walk gave them.
  const callNodes = [...index.of('CallExpression'), ...index.of('OptionalCallExpression')].map((entry) => entry.node);
  callNodes.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  for (const node of callNodes) onInstance(node);
  return calls;
}

function isMember(node: Node): node is Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }> {
  return node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';
}

/** `AnalyticsApi`, `platformClient.AnalyticsApi`, `sdk.default.AnalyticsApi` → `AnalyticsApi` when the table knows it. */
function getApiClassName(callee: Node, apiClasses: ReadonlySet<string>): string | null {
  const name = callee.type === 'Identifier' ? callee.name : isMember(callee) ? getPropertyName(callee) : null;
  return name !== null && apiClasses.has(name) ? name : null;
}

function getPropertyName(member: Node): string | null {
  if (!isMember(member)) return null;
  const property = member.property;
  if (property.type === 'Identifier' && !member.computed) return property.name;
  if (property.type === 'PrivateName') return `#${property.id.name}`;
  if (property.type === 'StringLiteral') return property.value;
  return null;
}

/** `this.analytics`, `this.#analytics`, `apis.analytics` → the property name. */
function getMemberName(node: Node): string | null {
  return isMember(node) ? getPropertyName(node) : null;
}

function getBindingName(node: Node): string | null {
  return node.type === 'Identifier' ? node.name : null;
}

function getKeyName(key: Node): string | null {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'PrivateName') return `#${key.id.name}`;
  return null;
}

/** `(new X()).method(...)`: the `new` expression is the object of the called member. */
function isCalleeObject(parent: Node, node: Node): boolean {
  return isMember(parent) && parent.object === node;
}

function callsOn(member: Node, apiClass: string): ApiCall[] {
  const method = getPropertyName(member);
  if (method === null || !OPERATION_NAME.test(method)) return [];
  return [{ apiClass, method, ...positionOf(member) }];
}

/** Babel's columns are 0-based; reports count from 1. */
function positionOf(node: Node): Pick<ApiCall, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return {
    line: node.loc?.start.line ?? 0,
    column: (node.loc?.start.column ?? 0) + 1,
    endLine: node.loc?.end.line ?? 0,
    endColumn: (node.loc?.end.column ?? 0) + 1,
  };
}

function getAnnotatedApiClass(node: Node, apiClasses: ReadonlySet<string>): string | null {
  if (node.type !== 'Identifier' && node.type !== 'ClassProperty' && node.type !== 'ClassPrivateProperty') return null;
  const annotation = node.typeAnnotation;
  if (!annotation || annotation.type !== 'TSTypeAnnotation') return null;
  const type = annotation.typeAnnotation;
  if (type.type !== 'TSTypeReference') return null;
  const name = type.typeName.type === 'Identifier' ? type.typeName.name : type.typeName.type === 'TSQualifiedName' ? type.typeName.right.name : null;
  return name !== null && apiClasses.has(name) ? name : null;
}
