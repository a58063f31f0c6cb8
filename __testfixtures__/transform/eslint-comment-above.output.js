const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

async function login() {
  console.log('logging in');

  client.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  });
  // eslint-disable-next-line no-restricted-syntax
  await client.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    ['analytics:readonly'],
  );
}

module.exports = { login };
