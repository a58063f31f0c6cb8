const platformClient = require('@genesyscloud/genesyscloud');
const { loadTokenRequest } = require('./vault');

const client = platformClient.ApiClient.instance;

async function login() {
  const body = await loadTokenRequest('genesys');
  await client.postOAuthApiToken(body);
  await client.postOAuthApiToken({ credentials: loadTokenRequest('genesys').credentials });
}

module.exports = { login };
