const got = require('got');

const config = {
  tokenUrl: 'https://login.cac1.pure.cloud/oauth/token',
};

async function requestToken(user, secret) {
  const body = await got
    .post(config.tokenUrl, {
      form: {
        grant_type: 'password',
        username: user,
        password: secret,
      },
      responseType: 'json',
    })
    .json();
  return body.access_token;
}

module.exports = { requestToken };
