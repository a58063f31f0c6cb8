import platformClient = require('purecloud-platform-client-v2');

const client = platformClient.ApiClient.instance;

export async function login(): Promise<string> {
  client.setEnvironment('mypurecloud.ie');
  const auth = await client.loginClientCredentialsGrant(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
  );
  return auth.accessToken;
}
