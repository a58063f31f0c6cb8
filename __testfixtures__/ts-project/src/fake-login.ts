import { FakeClient } from './fake-client';

export async function loginWithFake(client: FakeClient): Promise<string> {
  const token = await client.postOAuthApiToken({ credentials: { username: 'fake-user', password: 'fake-password' } });
  return token.access_token;
}
