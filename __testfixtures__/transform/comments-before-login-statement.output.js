const platformClient = require('purecloud-platform-client-v2');

const apiClient = platformClient.ApiClient.instance;

// Describes the whole module, not the login: a blank line follows it.

async function connect() {
  const started = Date.now(); // the clock starts here, on the line above the login

  apiClient.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  });
  /* the token call below is retried by the caller */
  // eslint-disable-next-line no-restricted-syntax
  const token = await apiClient.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    ['analytics:readonly'],
  );
  return { token, started };
}

module.exports = { connect };
