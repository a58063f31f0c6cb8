import { ApiClient } from '@genesyscloud/genesyscloud';

export class Session {
  private readonly client = ApiClient.instance;
  readonly ready = this.client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}
