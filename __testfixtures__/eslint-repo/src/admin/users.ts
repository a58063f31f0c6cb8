import { ApiClient, UsersApi } from 'purecloud-platform-client-v2';

const client: ApiClient = ApiClient.instance;
const users = new UsersApi();

export async function listAgents(pageSize: number): Promise<unknown> {
  await client.postOAuthApiToken({ grant_type: 'password', username: process.env.ADMIN_USER as string, password: process.env.ADMIN_PASS as string });
  return users.getUsers({ pageSize });
}
