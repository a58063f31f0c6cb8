const platformClient = require('purecloud-platform-client-v2');

const client = platformClient.ApiClient.instance;

async function login() {
  await client.postOAuthApiToken({ credentials: { username: process.env.REPORTING_USER, password: process.env.REPORTING_PASSWORD } });
}

module.exports = { login };
