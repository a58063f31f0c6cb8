const platformClient = require('purecloud-platform-client-v2');

const client = platformClient.ApiClient.instance;
client.setEnvironment(platformClient.PureCloudRegionHosts.eu_central_1);

const login = () => client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });

module.exports = { login };
