const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

function maybeLogin(enabled) {
  if (enabled) {
    client.init({
      clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    });
    client.loginClientCredentials(
      process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ['analytics:readonly'],
    );
  }
}

module.exports = { maybeLogin };
