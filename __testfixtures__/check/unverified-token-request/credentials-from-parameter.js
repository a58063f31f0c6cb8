const platformClient = require('@genesyscloud/genesyscloud');
const client = platformClient.ApiClient.instance;

async function login(tokenRequest) {
  return client.postOAuthApiToken(tokenRequest); // expect: unverified-token-request
}

async function loginFromVault(vault) {
  return client.postOAuthApiToken(await vault.read('genesys')); // expect: unverified-token-request
}

module.exports = { login, loginFromVault };
