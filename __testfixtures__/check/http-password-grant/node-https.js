// node's https.request with req.write, and XMLHttpRequest with open/send.
const https = require('https');
const querystring = require('querystring');

function viaHttps(user, secret, done) {
  const form = querystring.stringify({ grant_type: 'password', username: user, password: secret });
  const req = https.request({ hostname: 'login.mypurecloud.com.au', path: '/oauth/token', method: 'POST' }, done);
  req.write(form); // expect: http-password-grant
  req.end();
}

function viaXhr(user, secret) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/oauth2/token');
  xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
  xhr.send('grant_type=password&username=' + encodeURIComponent(user) + '&password=' + encodeURIComponent(secret)); // expect: http-password-grant
}

module.exports = { viaHttps, viaXhr };
