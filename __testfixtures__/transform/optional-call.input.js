const platformClient = require('@genesyscloud/genesyscloud');

let client = null;
if (process.env.GENESYS_ENABLED) client = new platformClient.ApiClient();

async function login() {
  await client?.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}

module.exports = { login };
