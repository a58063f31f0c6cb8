import * as gc from '@genesyscloud/genesyscloud';

const client: gc.ApiClient = new gc.ApiClient();

export async function authenticate(): Promise<void> {
  await client.postOAuthApiToken({
    credentials: {
      username: process.env.GENESYS_USERNAME,
      password: process.env.GENESYS_PASSWORD,
    },
  });
}
