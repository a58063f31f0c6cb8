const platformClient = require('purecloud-platform-client-v2');

const client = platformClient.ApiClient.instance;
client.setEnvironment(platformClient.PureCloudRegionHosts.eu_central_1);

const login = () => client.loginClientCredentialsGrant(
  process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
  process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
);

module.exports = { login };
