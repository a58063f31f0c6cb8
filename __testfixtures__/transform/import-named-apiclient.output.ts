import { ApiClient } from '@genesyscloud/genesyscloud';

export async function authenticate(): Promise<string> {
  ApiClient.instance.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
  });
  const token = await ApiClient.instance.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
    ['analytics:readonly'],
  );
  return token.access_token;
}
