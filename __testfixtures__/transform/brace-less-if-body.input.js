const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

function maybeLogin(enabled) {
  if (enabled) client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}

module.exports = { maybeLogin };
