import * as platformClient from 'purecloud-platform-client-v2';

const client = <platformClient.ApiClient>platformClient.ApiClient.instance;

function first<T>(items: T[]): T | undefined {
  return items[0];
}

export async function login(): Promise<void> {
  client.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
  });
  await client.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
    ['analytics:readonly'],
  );
  console.log(first<string>(['ok']));
}
