const superagent = require('superagent');

const TOKEN_URL = 'https://login.mypurecloud.com/oauth/token';

function sendObject(username, password) {
  return superagent // expect: http-password-grant
    .post(TOKEN_URL)
    .type('form')
    .send({ grant_type: 'password', username, password });
}

function sendString(username, password) {
  return superagent.post(TOKEN_URL).send(`grant_type=password&username=${username}&password=${password}`); // expect: http-password-grant
}

function sendFields(username, password) {
  return superagent.post(TOKEN_URL).field('grant_type', 'password').field('username', username).field('password', password); // expect: http-password-grant
}

module.exports = { sendObject, sendString, sendFields };
