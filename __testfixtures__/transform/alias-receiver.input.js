const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;
const c = client;

async function login() {
  await c.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}

module.exports = { login };
