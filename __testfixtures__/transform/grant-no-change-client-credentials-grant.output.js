const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

async function login() {
  await client.postOAuthApiToken({ grant_type: 'client_credentials', client_id: process.env.ID, client_secret: process.env.SECRET });
}

module.exports = { login };
