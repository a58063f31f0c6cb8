const PureCloudPlatformClientV2 = require('purecloud-platform-client-v2');

const apiClient = PureCloudPlatformClientV2.ApiClient.instance;

function login() {
  apiClient.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  });
  return apiClient.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    ['analytics:readonly'],
  );
}

module.exports = login;
