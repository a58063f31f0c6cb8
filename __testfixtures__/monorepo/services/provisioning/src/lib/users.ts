import { UsersApi } from '@genesyscloud/genesyscloud';

// Reads users, and changes one: the write call needs the read-write `users` scope,
// which then serves the reads too.
export async function deactivate(api: UsersApi, userId: string): Promise<void> {
  const user = await api.getUser(userId);
  await api.patchUser(userId, { version: user.version, state: 'inactive' });
}

export function listUsers(): Promise<unknown> {
  const usersApi = new UsersApi();
  return usersApi.getUsers({ pageSize: 100 });
}
