import platformClient from 'purecloud-platform-client-v2';

const client = platformClient.ApiClient.instance;
export const credentials = { username: process.env.GC_USER, password: process.env.GC_PASS };

export async function login() {
  await client.postOAuthApiToken({ credentials });
}
