const platformClient = require('@genesyscloud/genesyscloud');

const east = new platformClient.ApiClient();
const west = new platformClient.ApiClient();
const account = { credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } };

async function loginAll() {
  await Promise.all([east.postOAuthApiToken(account), west.postOAuthApiToken(account)]);
}

module.exports = { loginAll };
