const platformClient = require('purecloud-platform-client-v2');
const axios = require('axios');

const client = platformClient.ApiClient.instance;

// The SDK session for the Platform API calls.
async function sdkLogin() {
  client.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  });
  await client.loginClientCredentials(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    ['analytics:readonly'],
  );
}

// A bare token for the export job, fetched by hand.
async function exportToken() {
  const response = await axios.post(
    'https://login.mypurecloud.ie/oauth/token',
    new URLSearchParams({ grant_type: 'client_credentials' }),
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

module.exports = { sdkLogin, exportToken };
