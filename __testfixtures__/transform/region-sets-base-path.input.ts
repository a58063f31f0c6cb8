import { ApiClient } from '@genesyscloud/genesyscloud';

export async function login(): Promise<void> {
  await ApiClient.instance.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}
