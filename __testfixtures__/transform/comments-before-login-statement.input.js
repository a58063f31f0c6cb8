const platformClient = require('purecloud-platform-client-v2');

const apiClient = platformClient.ApiClient.instance;

// Describes the whole module, not the login: a blank line follows it.

async function connect() {
  const started = Date.now(); // the clock starts here, on the line above the login

  /* the token call below is retried by the caller */
  // eslint-disable-next-line no-restricted-syntax
  const token = await apiClient.postOAuthApiToken({ credentials: { username: process.env.SVC_USER, password: process.env.SVC_PASS } });
  return { token, started };
}

module.exports = { connect };
