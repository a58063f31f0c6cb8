// Postman pre-request scripts: urlencoded pairs and a raw form string.
const tokenUrl = pm.environment.get('token_url');

pm.sendRequest({ // expect: http-password-grant
  url: tokenUrl,
  method: 'POST',
  header: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: {
    mode: 'urlencoded',
    urlencoded: [
      { key: 'grant_type', value: 'password' },
      { key: 'username', value: pm.environment.get('user') },
      { key: 'password', value: pm.environment.get('secret') },
    ],
  },
}, function (err, res) { pm.environment.set('token', res.json().access_token); });

const raw = 'grant_type=password&username=' + pm.environment.get('user') + '&password=' + pm.environment.get('secret');
pm.sendRequest({ url: 'https://auth.example.org/realms/main/protocol/openid-connect/token', method: 'POST', body: { mode: 'raw', raw } }); // expect: http-password-grant
