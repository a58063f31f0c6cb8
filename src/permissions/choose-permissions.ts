import type { OperationPermissions } from '../genesys/operation-permissions';

/** Why a chosen permission is in the role: the operations called in the service that it lets through. */
export interface PermissionReason {
  permission: string;
  operations: string[];
}

export interface PermissionChoice {
  /** sorted (code-unit order), de-duplicated */
  permissions: string[];
  /** one per permission, in the same order */
  reasons: PermissionReason[];
  /** operations the table has no data for: their permissions could not be chosen */
  unknownOperations: string[];
}

/**
 * The least-privilege permissions for a role that lets every given operation through: every
 * permission of each operation's `all` list, and at least one of each `any` list. Choosing
 * the fewest is a set cover, so it is done greedily, then trimmed:
 *
 * 1. every `all` permission is taken (there is no choice);
 * 2. the operations whose `any` list no chosen permission serves yet are visited, those with
 *    the fewest candidates first (they leave the least choice), then by name. A super
 *    permission (`admin`, `<domain>:organization:admin`) is a candidate only when its list
 *    offers nothing narrower. Among the candidates wins the one that serves the most
 *    operations still open, then the one with fewer `*` wildcards, then the first in
 *    code-unit order, so the result never depends on the order the code was read in. An
 *    operation served by a permission chosen earlier is done: a chosen permission is always
 *    preferred to a new one;
 * 3. a last pass drops every permission whose removal still satisfies all operations (super
 *    permissions first, then the most wildcards, then the last in code-unit order), so no
 *    permission in the result can be dropped.
 */
export function choosePermissions(operations: readonly OperationPermissions[]): PermissionChoice {
  const unique = [...new Map(operations.map((entry) => [entry.operation, entry])).values()];
  const known = unique.filter((entry) => entry.known).map(cleanEntry);
  const unknownOperations = unique.filter((entry) => !entry.known).map((entry) => entry.operation).sort(compareText);

  const required = new Set(known.flatMap((entry) => entry.all));
  const chosen = new Set(required);
  const choosing = known.filter((entry) => entry.any.length > 0);
  const isServed = (entry: OperationPermissions) => entry.any.some((permission) => chosen.has(permission));

  const ordered = [...choosing].sort(
    (a, b) => candidatesOf(a).length - candidatesOf(b).length || compareText(a.operation, b.operation),
  );
  for (const entry of ordered) {
    if (isServed(entry)) continue;
    const open = choosing.filter((other) => !isServed(other));
    const serves = (permission: string) => open.filter((other) => other.any.includes(permission)).length;
    const [best] = [...candidatesOf(entry)].sort(
      (a, b) => serves(b) - serves(a) || countWildcards(a) - countWildcards(b) || compareText(a, b),
    );
    chosen.add(best as string);
  }

  const droppingOrder = [...chosen]
    .filter((permission) => !required.has(permission))
    .sort((a, b) => Number(isSuperPermission(b)) - Number(isSuperPermission(a)) || countWildcards(b) - countWildcards(a) || compareText(b, a));
  for (const permission of droppingOrder) {
    chosen.delete(permission);
    if (!choosing.every(isServed)) chosen.add(permission);
  }

  const permissions = [...chosen].sort(compareText);
  const reasons = permissions.map((permission) => ({
    permission,
    operations: known
      .filter((entry) => entry.all.includes(permission) || entry.any.includes(permission))
      .map((entry) => entry.operation)
      .sort(compareText),
  }));
  return { permissions, reasons, unknownOperations };
}

/**
 * The super permissions: `admin` (everything) and the organization-wide administrator of a
 * domain (`directory:organization:admin`). Never chosen where a narrower one serves.
 */
export function isSuperPermission(permission: string): boolean {
  return permission === 'admin' || /^[^:]+:organization:admin$/.test(permission);
}

/** A permission string the table may hold: `general` or `domain:entity:action` (with `*` wildcards). */
const PERMISSION = /^[A-Za-z0-9_.*-]+(?::[A-Za-z0-9_.*-]+:[A-Za-z0-9_.*-]+)?$/;

/** The table's lists without anything that is not a permission string (the data once held prose). */
function cleanEntry(entry: OperationPermissions): OperationPermissions {
  const keep = (values: readonly string[]) => [...new Set(values.filter((value) => PERMISSION.test(value)))];
  return { ...entry, any: keep(entry.any), all: keep(entry.all) };
}

function candidatesOf(entry: OperationPermissions): string[] {
  const narrow = entry.any.filter((permission) => !isSuperPermission(permission));
  return narrow.length > 0 ? narrow : entry.any;
}

function countWildcards(permission: string): number {
  return permission.split(':').filter((part) => part === '*').length;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
