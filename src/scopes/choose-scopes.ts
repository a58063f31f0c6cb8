import { isReadOnlyScope } from './scope-name';
import type { OperationScopes } from './scope-table';

/** Why a chosen scope is in the list. */
export interface ScopeReason {
  scope: string;
  /** the operations called in the service that this scope lets through */
  operations: string[];
  /** every one of those operations is a hint (not in the published spec): check it by hand */
  hint: boolean;
}

export interface ScopeChoice {
  /** sorted, de-duplicated */
  scopes: string[];
  reasons: ScopeReason[];
  /** operations the table has no data for: their scopes could not be chosen */
  unknownOperations: string[];
}

/**
 * Least privilege: the smallest, narrowest set of scopes that lets every operation through.
 * Each operation accepts any one of several scopes. Operations that accept only read-write
 * scopes are served first, since they leave no choice; an operation that a scope chosen so
 * far already accepts is done (a read call rides on the write scope that another call
 * needs); otherwise the read-only scopes it accepts are preferred, and among equals the one
 * that serves the most operations still open, then the first by name, so the result never
 * depends on the order the code was read in.
 */
export function chooseScopes(operations: readonly OperationScopes[]): ScopeChoice {
  const needing = uniqueByOperation(operations.filter((entry) => entry.accepted.length > 0));
  const ordered = [...needing].sort(
    (a, b) =>
      Number(hasReadOnlyChoice(a)) - Number(hasReadOnlyChoice(b)) ||
      a.accepted.length - b.accepted.length ||
      compareText(a.operation, b.operation),
  );

  const chosen = new Set<string>();
  const isServed = (entry: OperationScopes) => entry.accepted.some((scope) => chosen.has(scope));
  for (const entry of ordered) {
    if (isServed(entry)) continue;
    const readOnly = entry.accepted.filter(isReadOnlyScope);
    const candidates = readOnly.length > 0 ? readOnly : entry.accepted;
    const open = needing.filter((other) => !isServed(other));
    const served = (scope: string) => open.filter((other) => other.accepted.includes(scope)).length;
    const best = [...candidates].sort((a, b) => served(b) - served(a) || compareText(a, b))[0] as string;
    chosen.add(best);
  }
  dropRedundantScopes(chosen, needing);

  const scopes = [...chosen].sort(compareText);
  const reasons = scopes.map((scope) => {
    const using = needing.filter((entry) => entry.accepted.includes(scope));
    return {
      scope,
      operations: using.map((entry) => entry.operation).sort(compareText),
      hint: using.every((entry) => entry.basis === 'hint'),
    };
  });
  const unknownOperations = uniqueByOperation(operations.filter((entry) => entry.basis === 'unknown'))
    .map((entry) => entry.operation)
    .sort(compareText);
  return { scopes, reasons, unknownOperations };
}

/** A scope whose operations all pass through other chosen scopes adds privilege and nothing else. */
function dropRedundantScopes(chosen: Set<string>, needing: readonly OperationScopes[]): void {
  const widestFirst = [...chosen].sort((a, b) => Number(isReadOnlyScope(a)) - Number(isReadOnlyScope(b)) || compareText(a, b));
  for (const scope of widestFirst) {
    const others = new Set([...chosen].filter((other) => other !== scope));
    if (needing.every((entry) => entry.accepted.some((accepted) => others.has(accepted)))) chosen.delete(scope);
  }
}

function hasReadOnlyChoice(entry: OperationScopes): boolean {
  return entry.accepted.some(isReadOnlyScope);
}

function uniqueByOperation(entries: readonly OperationScopes[]): OperationScopes[] {
  return [...new Map(entries.map((entry) => [entry.operation, entry])).values()];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
