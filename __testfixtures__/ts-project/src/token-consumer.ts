import { ApiClient } from '@genesyscloud/genesyscloud';

const client = new ApiClient();

/** The caller reads the old token shape, so the client-credentials login breaks it. */
export async function fetchAccessToken(): Promise<string> {
  const token = await client.postOAuthApiToken({ credentials: { username: 'svc-token', password: 'token-secret' } });
  return token.access_token;
}
