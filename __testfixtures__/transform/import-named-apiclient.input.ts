import { ApiClient } from '@genesyscloud/genesyscloud';

export async function authenticate(): Promise<string> {
  const token = await ApiClient.instance.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
  return token.access_token;
}
