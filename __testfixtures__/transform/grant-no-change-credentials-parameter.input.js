const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

// The caller decides which grant to use: a person has to look at this one.
async function login(tokenRequest) {
  return client.postOAuthApiToken(tokenRequest);
}

module.exports = { login };
