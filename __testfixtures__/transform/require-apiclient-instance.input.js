const PureCloudPlatformClientV2 = require('purecloud-platform-client-v2');

const apiClient = PureCloudPlatformClientV2.ApiClient.instance;

function login() {
  return apiClient.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}

module.exports = login;
