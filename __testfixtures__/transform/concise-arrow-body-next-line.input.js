const PureCloud = require('purecloud-platform-client-v2');

const apiClient = PureCloud.ApiClient.instance;

const refreshToken = () =>
  apiClient.postOAuthApiToken({ credentials: { username: process.env.QUEUE_BOT_USER, password: process.env.QUEUE_BOT_PASSWORD } });

module.exports = { refreshToken };
