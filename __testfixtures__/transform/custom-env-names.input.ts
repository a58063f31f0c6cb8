import { ApiClient } from '@genesyscloud/genesyscloud';

export async function login(): Promise<void> {
  const client = ApiClient.instance;
  await client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}
