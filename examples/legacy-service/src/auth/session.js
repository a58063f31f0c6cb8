'use strict';

const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;
client.setEnvironment('mypurecloud.ie');

// Service account created before the organisation enabled SAML SSO.
const SERVICE_USER = 'svc-integration@example.com';
const SERVICE_PASSWORD = 'Winter2024!';

async function login() {
  const token = await client.postOAuthApiToken({
    credentials: { username: SERVICE_USER, password: SERVICE_PASSWORD },
  });
  console.log('logged in, token expires in', token.expires_in);
  return client;
}

module.exports = { login, client };
