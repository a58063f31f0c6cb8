import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

/**
 * The table shipped in `data/genesys-operation-scopes.json`: which OAuth scopes each Genesys
 * Cloud Platform API operation accepts, keyed `<SdkClass>.<method>` (see
 * `scripts/regenerate-scope-table.ts` for how it is built from the published OpenAPI spec).
 */

export const SCOPE_TABLE_FILE = 'genesys-operation-scopes.json';

/** How much a lookup can be trusted. */
export type OperationBasis =
  /** the operation's `security` in the published spec */
  | 'spec'
  /** not in the spec: guessed from the nearest documented sibling path; a hint only */
  | 'hint'
  /** public or JWT-only, or OAuth with no scope: any token works */
  | 'no-scope'
  /** an SDK method the table has no data for */
  | 'unknown';

export interface OperationScopes {
  /** `AnalyticsApi.postAnalyticsConversationsDetailsQuery` */
  operation: string;
  /** any one of these is enough; empty for `no-scope` and `unknown` */
  accepted: string[];
  basis: OperationBasis;
}

/** The JSON file's shape (the parts read here). */
export interface ScopeTableFile {
  source: string;
  sourceNotes?: string[];
  sdkPackage: string;
  stats?: Record<string, number>;
  operations: Record<string, string[]>;
  nonOAuthOperations: Record<string, unknown>;
  inferredOperations: Record<string, { scopes: string[]; basis?: string; http?: string; path?: string } | string>;
  uncovered: string[];
  operationIdMismatches?: Record<string, string>;
  scopes: Record<string, string | null>;
  scopesNote?: string;
}

export interface ScopeTable {
  /** the SDK API classes the table knows (`AnalyticsApi`, `UsersApi`...) */
  readonly apiClasses: ReadonlySet<string>;
  lookup(apiClass: string, method: string): OperationScopes;
}

export function createScopeTable(file: ScopeTableFile): ScopeTable {
  const known = new Map<string, OperationScopes>();
  const add = (operation: string, accepted: string[], basis: OperationBasis) => known.set(operation, { operation, accepted, basis });
  for (const operation of file.uncovered) add(operation, [], 'unknown');
  for (const [operation, entry] of Object.entries(file.inferredOperations)) {
    if (typeof entry === 'object' && entry !== null) add(operation, [...entry.scopes], entry.scopes.length > 0 ? 'hint' : 'no-scope');
  }
  for (const operation of Object.keys(file.nonOAuthOperations)) add(operation, [], 'no-scope');
  for (const [operation, accepted] of Object.entries(file.operations)) add(operation, [...accepted], accepted.length > 0 ? 'spec' : 'no-scope');

  const apiClasses = new Set([...known.keys()].map((operation) => operation.slice(0, operation.indexOf('.'))));
  return {
    apiClasses,
    lookup(apiClass, method) {
      const operation = `${apiClass}.${method}`;
      return known.get(operation) ?? { operation, accepted: [], basis: 'unknown' };
    },
  };
}

let shipped: ScopeTable | undefined;

/** The table shipped with the package, read once (about 0.5 MB) and only when inference runs. */
export function getShippedScopeTable(): ScopeTable {
  shipped ??= createScopeTable(JSON.parse(readFileSync(findShippedTablePath(), 'utf8')) as ScopeTableFile);
  return shipped;
}

/** `data/` sits at the package root: two levels up from src/scopes, three from dist/src/scopes. */
function findShippedTablePath(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'data', SCOPE_TABLE_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`the scope table data/${SCOPE_TABLE_FILE} is missing from the installed package`);
  }
}
