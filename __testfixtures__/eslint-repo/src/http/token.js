const axios = require('axios');

// Some older jobs still fetch the token by hand.
async function fetchToken(username, password) {
  const body = new URLSearchParams({ grant_type: 'password', username, password });
  const response = await axios.post('https://login.mypurecloud.ie/oauth/token', body.toString());
  return response.data.access_token;
}

module.exports = { fetchToken };
