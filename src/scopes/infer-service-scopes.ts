import { chooseScopes, type ScopeReason } from './choose-scopes';
import type { ServiceCalls } from './collect-service-calls';
import type { OperationBasis, ScopeTable } from './scope-table';

/** What inference found for one service: plain data, for the reports. */
export interface ServiceScopeInference {
  /** the service folder (report path, `.` for the cwd) */
  service: string;
  /** sorted, de-duplicated; empty when nothing could be inferred */
  scopes: string[];
  /** scope → the operations that need it */
  reasons: ScopeReason[];
  /** every operation called, with how its scopes are known and where it is called (`file:line`) */
  operations: { operation: string; basis: OperationBasis; calledAt: string[] }[];
  /** operations the table has no data for */
  unknownOperations: string[];
  /** files of the service that could not be read or parsed (their calls are missing) */
  unreadFiles: string[];
}

/** The scopes for the Platform API operations a service's code calls (see collect-service-calls.ts). */
export function inferServiceScopes(collected: ServiceCalls, table: ScopeTable): ServiceScopeInference {
  const calledAt = new Map<string, string[]>();
  for (const call of collected.calls) {
    const operation = `${call.apiClass}.${call.method}`;
    calledAt.set(operation, [...(calledAt.get(operation) ?? []), `${call.file}:${call.line}`]);
  }
  const looked = [...calledAt.keys()].sort().map((operation) => {
    const [apiClass, method] = operation.split('.') as [string, string];
    return table.lookup(apiClass, method);
  });
  const choice = chooseScopes(looked);
  return {
    service: collected.service,
    scopes: choice.scopes,
    reasons: choice.reasons,
    operations: looked.map((entry) => ({ operation: entry.operation, basis: entry.basis, calledAt: calledAt.get(entry.operation) ?? [] })),
    unknownOperations: choice.unknownOperations,
    unreadFiles: collected.unreadFiles,
  };
}
