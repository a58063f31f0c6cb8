'use strict';

const platformClient = require('@genesyscloud/genesyscloud');

const client = new platformClient.ApiClient();

async function getToken() {
  const response = await client.postOAuthApiToken({
    credentials: { username: 'svc-bot@example.com', password: 'Sup3rS3cret!' },
  });
  return response.access_token;
}

module.exports = { getToken };
