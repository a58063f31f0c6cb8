const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

async function login() {
  client.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    basePath: 'https://api.mypurecloud.ie',
  });
  await client.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    ['analytics:readonly', 'users:readonly'],
  );
}

module.exports = { login };
