const platformClient = require('@genesyscloud/genesyscloud');

const client = new platformClient.ApiClient();

function login() {
  if (!client) {
    throw new Error('no client');
  }
  return client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}

module.exports = { login };
