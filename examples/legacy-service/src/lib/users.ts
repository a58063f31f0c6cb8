import { UsersApi } from '@genesyscloud/genesyscloud';

const usersApi = new UsersApi();

export async function whoAmI(): Promise<string> {
  const me = await usersApi.getUsersMe();
  return me.name;
}
