const axios = require('axios');
const qs = require('qs');

// The Genesys Cloud login host of the org (EU, Ireland).
const TOKEN_URL = 'https://login.mypurecloud.ie/oauth/token';

async function fetchToken() {
  const response = await axios.post(
    TOKEN_URL,
    qs.stringify({ grant_type: 'client_credentials' }),
    {
      headers: {
        Authorization: 'Basic ' + Buffer.from([
          process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
          process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
        ].join(':')).toString('base64'),
      },
    },
  );
  return response.data.access_token;
}

module.exports = { fetchToken };
