class FakeGenesysClient {
  postOAuthApiToken(body: unknown): Promise<{ access_token: string }> {
    return Promise.resolve({ access_token: String(body) });
  }
}

const client = new FakeGenesysClient();

export async function login(): Promise<string> {
  const token = await client.postOAuthApiToken({ credentials: { username: 'test', password: 'test' } });
  return token.access_token;
}
