'use strict';

const platformClient = require('@genesyscloud/genesyscloud');
const newrelic = require('newrelic');

const client = platformClient.ApiClient.instance;

async function login() {
  client.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  });
  await newrelic.startSegment('genesys/token', true, () =>
    client.loginClientCredentials(
      process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ['analytics:readonly'],
    ),
  );
}

module.exports = { login };
