const axios = require('axios');
const { buildHeaders } = require('./headers');

async function token(username, password) {
  return axios.post('https://login.mypurecloud.com/oauth/token', new URLSearchParams({ grant_type: 'password', username, password }), {
    headers: buildHeaders(),
  });
}

module.exports = { token };
