import { ts } from 'ts-morph';
import { isTransparentWrapper } from './transparent-wrapper';
import type { CredentialFact } from './types';

/**
 * Resolves the body of `postOAuthApiToken(ARG)` with the type checker's symbols, so that
 * `serviceAccount` imported from `./credentials` is followed to the object literal it is
 * declared with in that module. Only `const` values are followed: anything that can change
 * at run time stays undecided, as in per-file analysis. A verdict is returned only when the
 * resolution left the file: within one file the detector already knows as much, and more
 * (the literals it reports as secrets).
 */

const MAX_DEPTH = 10;
const GRANT_TYPE_KEYS = ['grant_type', 'grantType'];

interface Walk {
  checker: ts.TypeChecker;
  home: ts.SourceFile;
  /** set when a step of the resolution left the home file */
  crossed: boolean;
  depth: number;
}

function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (isTransparentWrapper(current)) current = current.expression;
  return current;
}

function isConstDeclaration(declaration: ts.VariableDeclaration): boolean {
  const list = declaration.parent;
  return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
}

/** The expression a symbol's value is declared with, when that is static. */
function valueOfSymbol(symbol: ts.Symbol, walk: Walk): ts.Expression | null {
  const target = symbol.flags & ts.SymbolFlags.Alias ? walk.checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target.valueDeclaration ?? target.declarations?.[0];
  if (!declaration) return null;
  if (declaration.getSourceFile() !== walk.home) walk.crossed = true;
  if (ts.isVariableDeclaration(declaration)) {
    return declaration.initializer && isConstDeclaration(declaration) && ts.isIdentifier(declaration.name)
      ? declaration.initializer
      : null;
  }
  if (ts.isPropertyAssignment(declaration)) return declaration.initializer;
  if (ts.isShorthandPropertyAssignment(declaration)) {
    const value = walk.checker.getShorthandAssignmentValueSymbol(declaration);
    return value ? valueOfSymbol(value, walk) : null;
  }
  if (ts.isExportAssignment(declaration)) return declaration.expression;
  return null;
}

/** Follows identifiers, imports and `a.b` members to the object literal they hold. */
function resolveObject(expression: ts.Expression, walk: Walk): ts.ObjectLiteralExpression | null {
  if (walk.depth > MAX_DEPTH) return null;
  const expr = unwrap(expression);
  if (ts.isObjectLiteralExpression(expr)) return expr;
  const next = { ...walk, depth: walk.depth + 1 };
  let value: ts.Expression | null = null;
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) {
    const symbol = walk.checker.getSymbolAtLocation(ts.isIdentifier(expr) ? expr : expr.name);
    value = symbol ? valueOfSymbol(symbol, next) : null;
  }
  const resolved = value ? resolveObject(value, next) : null;
  walk.crossed ||= next.crossed;
  return resolved;
}

function findProperty(object: ts.ObjectLiteralExpression, names: readonly string[]): ts.ObjectLiteralElementLike | undefined {
  return object.properties.find((property) => {
    const name = property.name;
    if (!name) return false;
    const text = ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
    return text !== null && names.includes(text);
  });
}

function propertyValue(property: ts.ObjectLiteralElementLike | undefined): ts.Expression | null {
  if (!property) return null;
  if (ts.isPropertyAssignment(property)) return property.initializer;
  if (ts.isShorthandPropertyAssignment(property)) return property.name;
  return null;
}

function resolveStaticString(expression: ts.Expression, walk: Walk): string | null {
  if (walk.depth > MAX_DEPTH) return null;
  const expr = unwrap(expression);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
  if (!ts.isIdentifier(expr) && !ts.isPropertyAccessExpression(expr)) return null;
  const symbol = walk.checker.getSymbolAtLocation(ts.isIdentifier(expr) ? expr : expr.name);
  const next = { ...walk, depth: walk.depth + 1 };
  const value = symbol ? valueOfSymbol(symbol, next) : null;
  const text = value ? resolveStaticString(value, next) : null;
  walk.crossed ||= next.crossed;
  return text;
}

/** `process.env.NAME` / `process.env['NAME']` reads inside the username and password values. */
function collectEnvReads(object: ts.ObjectLiteralExpression): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && isProcessEnv(node.expression)) names.push(node.name.text);
    else if (ts.isElementAccessExpression(node) && isProcessEnv(node.expression) && ts.isStringLiteral(node.argumentExpression)) {
      names.push(node.argumentExpression.text);
    }
    ts.forEachChild(node, visit);
  };
  for (const key of ['username', 'password']) {
    const value = propertyValue(findProperty(object, [key]));
    if (value) visit(value);
  }
  return [...new Set(names)];
}

function isProcessEnv(node: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(node) && node.name.text === 'env' && ts.isIdentifier(node.expression) && node.expression.text === 'process';
}

function classifyBody(body: ts.ObjectLiteralExpression, walk: Walk): CredentialFact | null {
  const grantType = findProperty(body, GRANT_TYPE_KEYS);
  if (grantType) {
    const value = propertyValue(grantType);
    const text = value ? resolveStaticString(value, walk) : null;
    if (text === null) return null;
    return { grant: text === 'password' ? 'password' : 'not-password', shape: 'grant-type-password', legacyEnvVars: collectEnvReads(body) };
  }
  const credentialsValue = propertyValue(findProperty(body, ['credentials']));
  if (!credentialsValue) return null;
  const credentials = resolveObject(credentialsValue, walk);
  if (!credentials || !findProperty(credentials, ['username', 'password'])) return null;
  return { grant: 'password', shape: 'credentials-object', legacyEnvVars: collectEnvReads(credentials) };
}

/** The verdict on a token request body, when deciding it needed another module. */
export function resolveCredentialFact(argument: ts.Expression, checker: ts.TypeChecker): CredentialFact | null {
  const walk: Walk = { checker, home: argument.getSourceFile(), crossed: false, depth: 0 };
  const body = resolveObject(argument, walk);
  if (!body) return null;
  const fact = classifyBody(body, walk);
  return fact && walk.crossed ? fact : null;
}
