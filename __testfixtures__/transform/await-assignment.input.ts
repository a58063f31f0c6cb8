import platformClient from 'purecloud-platform-client-v2';

const client = platformClient.ApiClient.instance;
let session: unknown;

export async function refresh(): Promise<void> {
  session = await client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
  console.log('session refreshed', Boolean(session));
}
