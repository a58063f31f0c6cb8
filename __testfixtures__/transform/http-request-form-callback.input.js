var request = require('request');

var TOKEN_URL = 'https://login.aps1.pure.cloud/oauth/token';

function authenticate(callback) {
  request.post({ url: TOKEN_URL, form: { grant_type: 'password', username: process.env.PC_USER, password: process.env.PC_PASS }, json: true }, function (error, response, body) {
    if (error) return callback(error);
    callback(null, body.access_token);
  });
}

module.exports = authenticate;
