import platformClient from 'purecloud-platform-client-v2';

const client = platformClient.ApiClient.instance;

export async function connect() {
  await client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
  return client;
}
