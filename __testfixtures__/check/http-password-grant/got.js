const got = require('got');

const TOKEN_URL = 'https://login.mypurecloud.com/oauth/token';

async function formBody(username, password) {
  return got.post(TOKEN_URL, { form: { grant_type: 'password', username, password } }).json(); // expect: http-password-grant
}

async function optionsOnly(username, password) {
  return got({ url: TOKEN_URL, method: 'POST', json: { grant_type: 'password', username, password } }); // expect: http-password-grant
}

module.exports = { formBody, optionsOnly };
