const axios = require('axios');

const TOKEN_URL = 'https://login.mypurecloud.com/oauth/token';

// Other grants to the token endpoint.
axios.post(TOKEN_URL, 'grant_type=refresh_token&refresh_token=abc');
axios.post(TOKEN_URL, { grant_type: 'authorization_code', code: 'c', redirect_uri: 'https://app/cb' });
// A body known only at run time is not reported.
function exchange(body) {
  return axios.post(TOKEN_URL, body);
}
// Express serving the endpoint, and a mock of it, are not requests.
app.post('/oauth/token', (req, res) => res.json({ access_token: 'x' }));
nock('https://login.mypurecloud.com').post('/oauth/token', { grant_type: 'password' }).reply(200, {});
const passwordField = 'password';
module.exports = { exchange, passwordField };
