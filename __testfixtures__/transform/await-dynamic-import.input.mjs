const sdk = await import('@genesyscloud/genesyscloud');
const client = new sdk.ApiClient();

await client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });

export default client;
