const platformClient = require('purecloud-platform-client-v2');

const client = platformClient.ApiClient.instance;

async function login() {
  const data = await client.postOAuthApiToken({
    grant_type: 'password',
    username: process.env.GC_USER,
    password: process.env.GC_PASS,
  });
  return data;
}

module.exports = { login };
