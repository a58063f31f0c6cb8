import { ApiClient } from '@genesyscloud/genesyscloud';

export class GenesysSession {
  private readonly client = new ApiClient();

  async open(): Promise<void> {
    this.client.init({
      clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
      clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
    });
    await this.client.loginClientCredentials(
      process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
      process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
      ['analytics:readonly'],
    );
  }
}
