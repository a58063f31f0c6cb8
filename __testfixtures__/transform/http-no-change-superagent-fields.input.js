const superagent = require('superagent');

function token(user, pass) {
  return superagent
    .post('https://login.mypurecloud.com/oauth/token')
    .field('grant_type', 'password')
    .field('username', user)
    .field('password', pass);
}

module.exports = { token };
