import { ts } from 'ts-morph';
import type { SdkDeclarations } from './sdk-declarations';
import { TOKEN_METHOD } from '../detect/types';

type Verdict = 'sdk' | 'not-sdk' | undefined;

function declarationsOf(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): ts.Declaration[] {
  if (!symbol) return [];
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return target.declarations ?? [];
}

function classifyObjectType(type: ts.Type, checker: ts.TypeChecker, sdk: SdkDeclarations): Verdict {
  // The SDK's ApiClient (or the class behind `ApiClient.instance`), by where it is declared.
  const typeDeclarations = [...declarationsOf(type.getSymbol(), checker), ...declarationsOf(type.aliasSymbol, checker)];
  if (typeDeclarations.some((declaration) => sdk.isSdkDeclaration(declaration))) return 'sdk';
  const method = checker.getPropertyOfType(type, TOKEN_METHOD);
  if (!method) return undefined;
  const methodDeclarations = declarationsOf(method, checker);
  if (methodDeclarations.length === 0) return undefined;
  // A subclass of the SDK's client inherits the SDK's method: still the SDK.
  if (methodDeclarations.every((declaration) => sdk.isSdkDeclaration(declaration))) return 'sdk';
  if (methodDeclarations.some((declaration) => sdk.isSdkDeclaration(declaration))) return undefined;
  return 'not-sdk';
}

/**
 * What the type checker says the receiver of `R.postOAuthApiToken()` is: the SDK's
 * ApiClient however it was obtained, something else with a method of that name, or
 * undefined when the type says nothing (`any`, an unresolved import, a mix).
 */
export function classifyReceiverType(receiver: ts.Expression, checker: ts.TypeChecker, sdk: SdkDeclarations): Verdict {
  const type = checker.getNonNullableType(checker.getTypeAtLocation(receiver));
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) return undefined;
  const members = type.isUnion() ? type.types : [type];
  const verdicts = members.map((member) => classifyObjectType(member, checker, sdk));
  if (verdicts.every((verdict) => verdict === 'sdk')) return 'sdk';
  if (verdicts.every((verdict) => verdict === 'not-sdk')) return 'not-sdk';
  return undefined;
}
