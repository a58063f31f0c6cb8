import { ApiClient } from '@genesyscloud/genesyscloud';

export async function login(): Promise<void> {
  const client = ApiClient.instance;
  client.init({
    clientId: process.env.REPORTING_CLIENT_ID as string,
    clientSecret: process.env.REPORTING_CLIENT_SECRET as string,
  });
  await client.loginClientCredentials(
    process.env.REPORTING_CLIENT_ID as string,
    process.env.REPORTING_CLIENT_SECRET as string,
    ['routing:readonly'],
  );
}
