const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;
const username = 'svc-reporting';
const password = 'p@ssw0rd';

async function login() {
  await client.postOAuthApiToken({ credentials: { username, password } });
}

module.exports = { login };
