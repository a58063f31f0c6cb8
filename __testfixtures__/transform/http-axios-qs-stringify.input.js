const axios = require('axios');
const qs = require('qs');

// The Genesys Cloud login host of the org (EU, Ireland).
const TOKEN_URL = 'https://login.mypurecloud.ie/oauth/token';
const SERVICE_USER = 'reporting-bot@example.com';
const SERVICE_PASSWORD = 'hunter2';

async function fetchToken() {
  const response = await axios.post(TOKEN_URL, qs.stringify({ grant_type: 'password', username: SERVICE_USER, password: SERVICE_PASSWORD }));
  return response.data.access_token;
}

module.exports = { fetchToken };
