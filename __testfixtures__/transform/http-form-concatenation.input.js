const $http = require('./http-client');

function login(credentials) {
  var data = 'grant_type=password&username=' + encodeURIComponent(credentials.user) + '&password=' + encodeURIComponent(credentials.pass) + '&scope=analytics';
  return $http.post('https://login.mypurecloud.com/oauth/token', data, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
}

module.exports = login;
