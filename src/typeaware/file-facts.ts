import { ts } from 'ts-morph';
import { resolveCredentialFact } from './credential-facts';
import { classifyReceiverType } from './receiver-facts';
import { isTransparentWrapper } from './transparent-wrapper';
import type { SdkDeclarations } from './sdk-declarations';
import { factKey, type SerializedTypeFacts } from './types';
import { TOKEN_METHOD } from '../detect/types';

/** `R.postOAuthApiToken` / `R?.postOAuthApiToken` / `R['postOAuthApiToken']`: its receiver `R`. */
function getTokenCallReceiver(call: ts.CallExpression): ts.Expression | null {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === TOKEN_METHOD) return callee.expression;
  if (
    ts.isElementAccessExpression(callee) &&
    ts.isStringLiteralLike(callee.argumentExpression) &&
    callee.argumentExpression.text === TOKEN_METHOD
  ) {
    return callee.expression;
  }
  return null;
}

/**
 * The offsets the detector may ask about for one expression: Babel drops parentheses (it
 * keeps them only as `extra.parenStart`) and the detector looks through `as`/`!`, so the
 * inner expressions are keyed too. `shift` turns TypeScript offsets into offsets of the
 * text without its BOM.
 */
function keysOf(expression: ts.Expression, file: ts.SourceFile, shift: number): string[] {
  const keys: string[] = [];
  let current: ts.Expression = expression;
  for (;;) {
    keys.push(factKey(current.getStart(file) - shift, current.getEnd() - shift));
    if (!isTransparentWrapper(current)) return keys;
    current = current.expression;
  }
}

/** What the type checker knows about the token calls of one file, as plain data. */
export function computeFileFacts(file: ts.SourceFile, checker: ts.TypeChecker, sdk: SdkDeclarations): SerializedTypeFacts {
  const facts: SerializedTypeFacts = { receivers: {}, credentials: {} };
  const shift = file.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const receiver = getTokenCallReceiver(node);
      if (receiver) {
        const kind = classifyReceiverType(receiver, checker, sdk);
        if (kind) for (const key of keysOf(receiver, file, shift)) facts.receivers[key] = kind;
        const argument = node.arguments[0];
        const credential = argument && !ts.isSpreadElement(argument) ? resolveCredentialFact(argument, checker) : null;
        if (credential) for (const key of keysOf(argument, file, shift)) facts.credentials[key] = credential;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return facts;
}
