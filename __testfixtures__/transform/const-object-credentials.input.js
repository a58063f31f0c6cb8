const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

// Service account for the nightly export.
const serviceAccount = {
  username: 'export-bot',
  password: 'correct-horse-battery-staple',
};
const tokenRequest = { credentials: serviceAccount };

async function login() {
  await client.postOAuthApiToken(tokenRequest);
}

module.exports = { login };
