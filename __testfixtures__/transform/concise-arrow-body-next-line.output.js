const PureCloud = require('purecloud-platform-client-v2');

const apiClient = PureCloud.ApiClient.instance;

const refreshToken = () => {
  apiClient.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  });
  return apiClient.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    ['analytics:readonly'],
  );
};

module.exports = { refreshToken };
