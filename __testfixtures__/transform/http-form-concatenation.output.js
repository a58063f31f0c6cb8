const $http = require('./http-client');

function login(credentials) {
  var data = 'grant_type=client_credentials&scope=analytics';
  return $http.post('https://login.mypurecloud.com/oauth/token', data, {
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Authorization': 'Basic ' + Buffer.from([
        process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
        process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ].join(':')).toString('base64'),
    },
  });
}

module.exports = login;
