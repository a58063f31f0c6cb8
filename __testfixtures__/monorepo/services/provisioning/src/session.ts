import { ApiClient } from '@genesyscloud/genesyscloud';

const client = new ApiClient();

export function connect(): Promise<unknown> {
  return client.postOAuthApiToken({ grant_type: 'password', username: process.env.PROV_USER, password: process.env.PROV_PASSWORD });
}
