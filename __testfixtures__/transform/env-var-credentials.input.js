const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;
const GC_USER = process.env.GENESYS_SERVICE_USER;
const GC_PASS = process.env['GENESYS_SERVICE_PASSWORD'];

async function login() {
  await client.postOAuthApiToken({ credentials: { username: GC_USER, password: GC_PASS } });
}

module.exports = { login };
