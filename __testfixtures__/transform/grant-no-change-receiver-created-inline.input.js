const platformClient = require('@genesyscloud/genesyscloud');

async function login() {
  return new platformClient.ApiClient().postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}

module.exports = { login };
