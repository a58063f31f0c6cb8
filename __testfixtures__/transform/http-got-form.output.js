const got = require('got');

const config = {
  tokenUrl: 'https://login.cac1.pure.cloud/oauth/token',
};

async function requestToken(user, secret) {
  const body = await got
    .post(config.tokenUrl, {
      form: {
        grant_type: 'client_credentials',
      },
      responseType: 'json',
      headers: {
        Authorization: 'Basic ' + Buffer.from([
          process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
          process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
        ].join(':')).toString('base64'),
      },
    })
    .json();
  return body.access_token;
}

module.exports = { requestToken };
