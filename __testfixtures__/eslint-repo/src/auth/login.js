'use strict';

const platformClient = require('@genesyscloud/genesyscloud');

const apiClient = platformClient.ApiClient.instance;

/** Signs the billing bot in before each export run. */
async function signIn() {
  const session = await apiClient.postOAuthApiToken({
    credentials: { username: 'billing-bot@example.com', password: process.env.BILLING_BOT_PASSWORD },
  });
  return session.accessToken;
}

module.exports = { signIn };
