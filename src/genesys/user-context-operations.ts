import { readShippedDataFile } from './shipped-data';

/**
 * `data/genesys-user-context-operations.json`: Platform API operations that need a user behind
 * the token, so they fail (or return nothing useful) with a client-credentials token, which
 * has none. Keyed like the scope table (`UsersApi.getUsersMe`).
 */

export const USER_CONTEXT_TABLE_FILE = 'genesys-user-context-operations.json';

export type UserContextConfidence = 'high' | 'medium' | 'low';

export interface UserContextOperation {
  /** `UsersApi.getUsersMe` */
  operation: string;
  confidence: UserContextConfidence;
  /** why the operation is listed: `explicit`, `self-path`, `self-description`, `caller-owned-data` */
  rule: string;
  /** how to get the same data without a user, where the table knows one */
  alternative?: string;
}

/** The file's shape (the parts read here). */
export interface UserContextTableFile {
  operations: Record<string, { confidence: UserContextConfidence; rule: string; alternative?: string }>;
}

/**
 * The SDK API classes that own at least one user-context operation. Kept here as a literal
 * (a test compares it with the table) because check's text prefilter needs it without
 * reading 50 KB of JSON: a file that names none of them cannot call such an operation.
 */
export const USER_CONTEXT_API_CLASSES: readonly string[] = [
  'AlertingApi',
  'AuthorizationApi',
  'CarrierServicesApi',
  'CaseManagementApi',
  'ChatApi',
  'CoachingApi',
  'ContentManagementApi',
  'ConversationsApi',
  'FaxApi',
  'GamificationApi',
  'IntegrationsApi',
  'JourneyApi',
  'LearningApi',
  'QualityApi',
  'RoutingApi',
  'TaskManagementApi',
  'TelephonyApi',
  'UserRecordingsApi',
  'UsersApi',
  'VoicemailApi',
  'WorkforceManagementApi',
];

export interface UserContextTable {
  readonly apiClasses: ReadonlySet<string>;
  lookup(operation: string): UserContextOperation | undefined;
}

export function createUserContextTable(file: UserContextTableFile): UserContextTable {
  const byOperation = new Map<string, UserContextOperation>();
  for (const [operation, entry] of Object.entries(file.operations)) {
    byOperation.set(operation, {
      operation,
      confidence: entry.confidence,
      rule: entry.rule,
      ...(typeof entry.alternative === 'string' ? { alternative: entry.alternative } : {}),
    });
  }
  const apiClasses = new Set([...byOperation.keys()].map((operation) => operation.slice(0, operation.indexOf('.'))));
  return { apiClasses, lookup: (operation) => byOperation.get(operation) };
}

let shipped: UserContextTable | undefined;

/** The table shipped with the package, read once and only when a file names one of its classes. */
export function getShippedUserContextTable(): UserContextTable {
  shipped ??= createUserContextTable(readShippedDataFile<UserContextTableFile>(USER_CONTEXT_TABLE_FILE));
  return shipped;
}
