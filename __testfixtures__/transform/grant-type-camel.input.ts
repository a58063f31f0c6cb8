import { ApiClient } from 'purecloud-platform-client-v2';

const GRANT = 'password';

export async function login(client: ApiClient): Promise<void> {
  await client.postOAuthApiToken({ grantType: GRANT, username: process.env.GC_USER, password: process.env.GC_PASS });
}
