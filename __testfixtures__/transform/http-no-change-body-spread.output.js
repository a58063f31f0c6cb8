const axios = require('axios');
const qs = require('qs');
const defaults = require('./token-defaults');

async function token(username, password) {
  return axios.post('https://login.mypurecloud.com/oauth/token', qs.stringify({ ...defaults, grant_type: 'password', username, password }));
}

module.exports = { token };
