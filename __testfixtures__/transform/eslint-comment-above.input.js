const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

async function login() {
  console.log('logging in');

  // eslint-disable-next-line no-restricted-syntax
  await client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}

module.exports = { login };
