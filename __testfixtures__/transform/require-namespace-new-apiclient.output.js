'use strict';

const platformClient = require('@genesyscloud/genesyscloud');

const client = new platformClient.ApiClient();

async function getToken() {
  client.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  });
  const response = await client.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    ['analytics:readonly'],
  );
  return response.access_token;
}

module.exports = { getToken };
