const genesys = require('@acme/genesys-wrapper');

const client = new genesys.ApiClient();

async function login() {
  await client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}

module.exports = { login };
