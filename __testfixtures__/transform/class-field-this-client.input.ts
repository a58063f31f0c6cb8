import { ApiClient } from '@genesyscloud/genesyscloud';

export class GenesysSession {
  private readonly client = new ApiClient();

  async open(): Promise<void> {
    await this.client.postOAuthApiToken({
      credentials: { username: process.env.GC_USER, password: process.env.GC_PASS },
    });
  }
}
