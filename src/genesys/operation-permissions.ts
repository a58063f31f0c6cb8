import { readShippedDataFile } from './shipped-data';

/**
 * `data/genesys-operation-permissions.json`: the Genesys Cloud permissions
 * (`domain:entity:action`) each SDK operation requires, keyed like the scope table.
 * A client-credentials OAuth client is authorized by the permissions of its roles, not by
 * scopes, so this is what its least-privilege role is chosen from.
 */

export const PERMISSION_TABLE_FILE = 'genesys-operation-permissions.json';

export interface OperationPermissions {
  /** `RoutingApi.getRoutingQueues` */
  operation: string;
  /** the caller needs at least one of these */
  any: string[];
  /** the caller needs every one of these */
  all: string[];
  /** false for an operation the table has no data for (newer than the docs it was built from) */
  known: boolean;
}

/** The file's shape (the parts read here). */
export interface PermissionTableFile {
  operations: Record<string, { any?: string[]; all?: string[] }>;
  uncovered?: Record<string, unknown>;
}

export interface PermissionTable {
  lookup(operation: string): OperationPermissions;
}

export function createPermissionTable(file: PermissionTableFile): PermissionTable {
  return {
    lookup(operation) {
      const entry = Object.prototype.hasOwnProperty.call(file.operations, operation) ? file.operations[operation] : undefined;
      if (!entry) return { operation, any: [], all: [], known: false };
      return { operation, any: [...(entry.any ?? [])], all: [...(entry.all ?? [])], known: true };
    },
  };
}

let shipped: PermissionTable | undefined;

/** The table shipped with the package (about 0.8 MB), read once and only when a migration needs it. */
export function getShippedPermissionTable(): PermissionTable {
  shipped ??= createPermissionTable(readShippedDataFile<PermissionTableFile>(PERMISSION_TABLE_FILE));
  return shipped;
}
