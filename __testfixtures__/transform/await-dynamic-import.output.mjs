const sdk = await import('@genesyscloud/genesyscloud');
const client = new sdk.ApiClient();

client.init({
  clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
  clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
});
await client.loginClientCredentials(
  process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
  process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  ['analytics:readonly'],
);

export default client;
