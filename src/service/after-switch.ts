import type { PermissionTable } from '../genesys/operation-permissions';
import type { UserContextConfidence, UserContextTable } from '../genesys/user-context-operations';
import { choosePermissions, type PermissionReason } from '../permissions/choose-permissions';
import type { ServiceCalls } from '../scopes/collect-service-calls';

/** A call that fails once the service's token has no user (migrate's `userContext`). */
export interface UserContextEntry {
  file: string;
  line: number;
  column: number;
  operation: string;
  confidence: UserContextConfidence;
  /** how to get the same data without a user; empty when the table knows none */
  alternative: string;
}

/** What a service needs after the switch to client credentials: plain data, for the reports and Terraform. */
export interface ServiceAfterSwitch {
  service: string;
  /** a person signs in somewhere in the service (implicit, PKCE, code, SAML2): its "me" calls keep working */
  userSignIn: boolean;
  /** the calls that will fail without a user (empty when `userSignIn`); high and medium confidence, as `check` reports by default */
  userContext: UserContextEntry[];
  /** the least-privilege permissions for the OAuth client's role */
  permissions: string[];
  permissionReasons: PermissionReason[];
  /** operations called that the permission table has no data for */
  unknownOperations: string[];
  /** how many distinct operations the service calls */
  operationCount: number;
}

export interface AfterSwitchTables {
  permissions: PermissionTable;
  userContext: UserContextTable;
}

/**
 * From the calls a service makes (collected once, as scope inference collects them): which
 * will fail without a user, and the permissions its OAuth client's role needs.
 */
export function analyseServiceAfterSwitch(collected: ServiceCalls, tables: AfterSwitchTables): ServiceAfterSwitch {
  const operations = [...new Set(collected.calls.map((call) => `${call.apiClass}.${call.method}`))].sort();
  const choice = choosePermissions(operations.map((operation) => tables.permissions.lookup(operation)));
  const userSignIn = collected.logins.includes('user');
  const userContext = userSignIn
    ? []
    : collected.calls
        .flatMap((call) => {
          const entry = tables.userContext.lookup(`${call.apiClass}.${call.method}`);
          if (!entry || entry.confidence === 'low') return [];
          return [{ file: call.file, line: call.line, column: call.column, operation: entry.operation, confidence: entry.confidence, alternative: entry.alternative ?? '' }];
        })
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return {
    service: collected.service,
    userSignIn,
    userContext,
    permissions: choice.permissions,
    permissionReasons: choice.reasons,
    unknownOperations: choice.unknownOperations,
    operationCount: operations.length,
  };
}
