'use strict';

const platformClient = require('@genesyscloud/genesyscloud');
const axios = require('axios');

const apiClient = platformClient.ApiClient.instance;

/** The SDK session and a bare token for the export endpoint, from the same bot account. */
async function openSessions(username, password) {
  await apiClient.postOAuthApiToken({ credentials: { username, password } });
  const body = { grant_type: 'password', username, password };
  const response = await axios.post('https://login.mypurecloud.ie/oauth/token', body, { headers: { 'Content-Type': 'application/json' } });
  return response.data.access_token;
}

module.exports = { openSessions };
