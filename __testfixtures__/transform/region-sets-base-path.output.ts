import { ApiClient } from '@genesyscloud/genesyscloud';

export async function login(): Promise<void> {
  ApiClient.instance.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
    basePath: 'https://api.mypurecloud.com.au',
  });
  await ApiClient.instance.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
    ['analytics:readonly'],
  );
}
