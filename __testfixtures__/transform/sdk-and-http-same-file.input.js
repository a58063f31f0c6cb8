const platformClient = require('purecloud-platform-client-v2');
const axios = require('axios');

const client = platformClient.ApiClient.instance;
const BOT_USER = 'reporting-bot@example.com';
const BOT_PASSWORD = 'hunter2';

// The SDK session for the Platform API calls.
async function sdkLogin() {
  await client.postOAuthApiToken({ credentials: { username: BOT_USER, password: BOT_PASSWORD } });
}

// A bare token for the export job, fetched by hand.
async function exportToken() {
  const response = await axios.post('https://login.mypurecloud.ie/oauth/token', new URLSearchParams({ grant_type: 'password', username: BOT_USER, password: BOT_PASSWORD }));
  return response.data.access_token;
}

module.exports = { sdkLogin, exportToken };
