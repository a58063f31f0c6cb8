import { ApiClient as GenesysClient } from '@genesyscloud/genesyscloud';

const genesys = new GenesysClient();

export function start(): Promise<unknown> {
  genesys.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
  });
  return genesys.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
    ['analytics:readonly'],
  );
}
