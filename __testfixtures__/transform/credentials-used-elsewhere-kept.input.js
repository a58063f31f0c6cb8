const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;
const username = process.env.GC_USER;
const password = process.env.GC_PASS;

async function login() {
  await client.postOAuthApiToken({ credentials: { username, password } });
  console.log(`logged in as ${username}`);
}

module.exports = { login };
