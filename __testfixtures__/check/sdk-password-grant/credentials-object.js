const platformClient = require('@genesyscloud/genesyscloud');
const client = platformClient.ApiClient.instance;

async function login() {
  await client.postOAuthApiToken({ credentials: { username: 'svc-bot', password: 'hunter2' } }); // expect: sdk-password-grant fixable
}

module.exports = { login };
