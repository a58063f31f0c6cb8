const axios = require('axios');

// Already migrated: a client-credentials request with HTTP Basic.
async function token() {
  return axios.post('https://login.mypurecloud.com/oauth/token', 'grant_type=client_credentials', {
    headers: { Authorization: 'Basic ' + Buffer.from(`${process.env.ID}:${process.env.SECRET}`).toString('base64') },
  });
}

module.exports = { token };
