// Not part of the tsconfig: processed per file.
const platformClient = require('@genesyscloud/genesyscloud');
const client = new platformClient.ApiClient();

client.postOAuthApiToken({ credentials: { username: 'svc-script', password: 'script-secret' } });
