import { UsersApi } from '@genesyscloud/genesyscloud';

const usersApi = new UsersApi();

export async function whoAmI(): Promise<string> {
  const me = await usersApi.getUsersMe();
  return me.name;
}

export async function renameUser(userId: string, name: string, version: number): Promise<void> {
  await usersApi.patchUser(userId, { name, version });
}
