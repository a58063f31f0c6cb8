import { readFileSync } from 'fs';
import * as path from 'path';
import { createPermissionTable, getShippedPermissionTable, type OperationPermissions } from '../src/genesys/operation-permissions';
import { choosePermissions, isSuperPermission } from '../src/permissions/choose-permissions';

/**
 * The permission chooser as a table: operations in (with their `any` / `all` lists), the
 * least-privilege permissions out. A row is one behaviour; a bug report becomes one more row.
 */

const any = (operation: string, ...permissions: string[]): OperationPermissions => ({ operation, any: permissions, all: [], known: true });
const all = (operation: string, ...permissions: string[]): OperationPermissions => ({ operation, any: [], all: permissions, known: true });
const unknown = (operation: string): OperationPermissions => ({ operation, any: [], all: [], known: false });

const cases: { name: string; operations: OperationPermissions[]; permissions: string[]; unknownOperations?: string[] }[] = [
  { name: 'nothing called: nothing needed', operations: [], permissions: [] },
  { name: 'one any list: its single member', operations: [any('R.getQueues', 'routing:queue:view')], permissions: ['routing:queue:view'] },
  {
    name: 'any lists sharing a member: the shared one serves both',
    operations: [any('A.one', 'x:a:view', 'x:shared:view'), any('A.two', 'x:b:view', 'x:shared:view')],
    permissions: ['x:shared:view'],
  },
  {
    name: 'any lists without a shared member: one of each, the first by name on a tie',
    operations: [any('A.one', 'x:b:view', 'x:a:view'), any('A.two', 'y:d:view', 'y:c:view')],
    permissions: ['x:a:view', 'y:c:view'],
  },
  {
    name: 'all lists are taken in full',
    operations: [all('A.one', 'x:a:add', 'x:a:view'), all('A.two', 'y:b:edit')],
    permissions: ['x:a:add', 'x:a:view', 'y:b:edit'],
  },
  {
    name: 'an any list already served by an all permission adds nothing',
    operations: [all('A.one', 'x:a:add', 'x:a:view'), any('A.two', 'x:z:view', 'x:a:view')],
    permissions: ['x:a:add', 'x:a:view'],
  },
  {
    name: 'admin is never chosen where a narrower permission serves',
    operations: [any('UsersApi.patchUser', 'admin', 'directory:user:edit', 'directory:organization:admin')],
    permissions: ['directory:user:edit'],
  },
  {
    name: 'organization admin is not chosen even when it would serve two operations',
    operations: [
      any('UsersApi.patchUser', 'admin', 'directory:user:edit', 'directory:organization:admin'),
      any('UsersApi.deleteUser', 'admin', 'directory:user:delete', 'directory:organization:admin'),
    ],
    permissions: ['directory:user:delete', 'directory:user:edit'],
  },
  { name: 'admin only when nothing else serves', operations: [any('X.op', 'admin')], permissions: ['admin'] },
  {
    name: 'a general permission (no colons) is kept as it is',
    operations: [any('ContentManagementApi.getDoc', 'content_management_user')],
    permissions: ['content_management_user'],
  },
  {
    name: 'the greedy choice that serves more open operations wins',
    operations: [any('A.one', 'p:a:view', 'p:wide:view'), any('A.two', 'p:b:view', 'p:wide:view'), any('A.three', 'p:c:view', 'p:wide:view')],
    permissions: ['p:wide:view'],
  },
  {
    name: 'fewer wildcards win a tie',
    operations: [any('A.one', 'a:*:view', 'z:thing:view')],
    permissions: ['z:thing:view'],
  },
  {
    name: 'operations with the least choice go first, and their choices serve the rest',
    operations: [any('A.one', 'x:a:view', 'x:b:view'), any('A.two', 'x:a:view'), any('A.three', 'x:b:view')],
    permissions: ['x:a:view', 'x:b:view'],
  },
  {
    name: 'unknown operations are listed, not guessed',
    operations: [any('R.getQueues', 'routing:queue:view'), unknown('NewApi.getThing'), unknown('NewApi.getThing')],
    permissions: ['routing:queue:view'],
    unknownOperations: ['NewApi.getThing'],
  },
  {
    name: 'operations without a declared permission need none',
    operations: [any('UsersApi.getUsersMe'), all('UsersApi.getUser')],
    permissions: [],
  },
  {
    name: 'prose in a permission list is ignored',
    operations: [any('UserRecordingsApi.getX', 'They are enforced by the backend')],
    permissions: [],
  },
];

describe('choosePermissions', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const choice = choosePermissions(entry.operations);
    expect(choice.permissions).toEqual(entry.permissions);
    expect(choice.unknownOperations).toEqual(entry.unknownOperations ?? []);
  });

  it('never depends on the order the operations were read in, and leaves nothing droppable', () => {
    for (const entry of cases) {
      const forward = choosePermissions(entry.operations);
      expect(choosePermissions([...entry.operations].reverse())).toEqual(forward);
      for (const permission of forward.permissions) {
        const without = new Set(forward.permissions.filter((other) => other !== permission));
        const satisfied = entry.operations
          .filter((operation) => operation.known)
          .every(
            (operation) =>
              operation.all.every((needed) => without.has(needed)) &&
              (operation.any.filter((candidate) => !candidate.includes(' ')).length === 0 || operation.any.some((candidate) => without.has(candidate))),
          );
        expect({ permission, satisfied }).toEqual({ permission, satisfied: false });
      }
    }
  });

  it('explains each permission with the operations it serves', () => {
    const choice = choosePermissions([any('A.one', 'x:shared:view'), any('A.two', 'x:b:view', 'x:shared:view'), all('A.three', 'y:c:add')]);
    expect(choice.reasons).toEqual([
      { permission: 'x:shared:view', operations: ['A.one', 'A.two'] },
      { permission: 'y:c:add', operations: ['A.three'] },
    ]);
  });

  it('recognises super permissions', () => {
    expect(['admin', 'directory:organization:admin', 'routing:organization:admin'].map(isSuperPermission)).toEqual([true, true, true]);
    expect(['directory:user:edit', 'administrator', 'admin:user:view'].map(isSuperPermission)).toEqual([false, false, false]);
  });
});

describe('the shipped permission table', () => {
  const table = getShippedPermissionTable();

  it('gives the demo service a minimal role: analytics, routing and patchUser without admin', () => {
    const choice = choosePermissions(
      ['AnalyticsApi.postAnalyticsConversationsDetailsQuery', 'RoutingApi.getRoutingQueues', 'UsersApi.patchUser', 'UsersApi.getUsersMe'].map(
        (operation) => table.lookup(operation),
      ),
    );
    expect(choice.permissions).toEqual(['analytics:agentConversationDetail:view', 'directory:user:edit', 'routing:queue:view']);
    expect(choice.unknownOperations).toEqual([]);
  });

  it('is the copy of the shared data, and knows unknown operations as unknown', () => {
    const file = JSON.parse(readFileSync(path.join(__dirname, '..', 'data', 'genesys-operation-permissions.json'), 'utf8'));
    expect(Object.keys(file.operations).length).toBeGreaterThan(3000);
    expect(createPermissionTable(file).lookup('NoSuchApi.getNothing').known).toBe(false);
    expect(createPermissionTable(file).lookup('constructor').known).toBe(false);
  });
});
