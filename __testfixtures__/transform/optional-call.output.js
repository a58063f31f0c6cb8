const platformClient = require('@genesyscloud/genesyscloud');

let client = null;
if (process.env.GENESYS_ENABLED) client = new platformClient.ApiClient();

async function login() {
  client?.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  });
  await client?.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    ['analytics:readonly'],
  );
}

module.exports = { login };
