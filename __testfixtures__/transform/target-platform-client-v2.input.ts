import platformClient = require('purecloud-platform-client-v2');

const client = platformClient.ApiClient.instance;

export async function login(): Promise<string> {
  const auth = await client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
  return auth.accessToken;
}
