const platformClient = require("@genesyscloud/genesyscloud");

const client = platformClient.ApiClient.instance;

async function login() {
  await client.postOAuthApiToken({ credentials: { username: "svc", password: "hunter2" } });
}

module.exports = { login };
