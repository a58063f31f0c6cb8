const superagent = require('superagent');

async function token(user, pass) {
  const res = await superagent
    .post('https://login.sae1.pure.cloud/oauth/token')
    .type('form')
    .send({ grant_type: 'password', username: user, password: pass });
  return res.body.access_token;
}

module.exports = { token };
