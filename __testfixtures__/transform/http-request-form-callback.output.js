var request = require('request');

var TOKEN_URL = 'https://login.aps1.pure.cloud/oauth/token';

function authenticate(callback) {
  request.post({
    url: TOKEN_URL,
    form: { grant_type: 'client_credentials' },
    json: true,
    headers: {
      Authorization: 'Basic ' + Buffer.from([
        process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
        process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ].join(':')).toString('base64'),
    },
  }, function (error, response, body) {
    if (error) return callback(error);
    callback(null, body.access_token);
  });
}

module.exports = authenticate;
