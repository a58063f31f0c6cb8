const request = require('request');

const TOKEN_URL = 'https://login.mypurecloud.com/oauth/token';

function optionsForm(username, password, callback) {
  request.post({ url: TOKEN_URL, form: { grant_type: 'password', username, password } }, callback); // expect: http-password-grant
}

function urlThenForm(username, password, callback) {
  request.post(TOKEN_URL, { form: { grant_type: 'password', username, password } }, callback); // expect: http-password-grant
}

function chainedForm(username, password) {
  return request.post(TOKEN_URL).form({ grant_type: 'password', username, password }); // expect: http-password-grant
}

function plainRequest(username, password, callback) {
  request({ uri: TOKEN_URL, method: 'POST', form: { grant_type: 'password', username, password } }, callback); // expect: http-password-grant
}

module.exports = { optionsForm, urlThenForm, chainedForm, plainRequest };
