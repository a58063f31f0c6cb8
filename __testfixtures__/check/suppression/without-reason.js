const platformClient = require('@genesyscloud/genesyscloud');
const client = platformClient.ApiClient.instance;

/* password-grant-codemod-ignore-next-line */ // expect: suppression-without-reason
client.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });
