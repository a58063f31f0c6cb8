import platformClient from 'purecloud-platform-client-v2';

const client = platformClient.ApiClient.instance;
let session: unknown;

export async function refresh(): Promise<void> {
  client.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
  });
  session = await client.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
    ['analytics:readonly'],
  );
  console.log('session refreshed', Boolean(session));
}
