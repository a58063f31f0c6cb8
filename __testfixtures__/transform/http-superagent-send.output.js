const superagent = require('superagent');

async function token(user, pass) {
  const res = await superagent
    .post('https://login.sae1.pure.cloud/oauth/token')
    .type('form')
    .set(
      'Authorization',
      'Basic ' + Buffer.from([
        process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
        process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ].join(':')).toString('base64'),
    )
    .send({ grant_type: 'client_credentials' });
  return res.body.access_token;
}

module.exports = { token };
