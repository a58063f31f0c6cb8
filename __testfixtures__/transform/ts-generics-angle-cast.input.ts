import * as platformClient from 'purecloud-platform-client-v2';

const client = <platformClient.ApiClient>platformClient.ApiClient.instance;

function first<T>(items: T[]): T | undefined {
  return items[0];
}

export async function login(): Promise<void> {
  const body = <const>{ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } };
  await client.postOAuthApiToken(body);
  console.log(first<string>(['ok']));
}
