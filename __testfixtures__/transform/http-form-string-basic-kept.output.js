const axios = require('axios');

const basic = Buffer.from(`${process.env.CLIENT_ID}:${process.env.CLIENT_SECRET}`).toString('base64');

function token() {
  return axios
    .post('https://login.mypurecloud.de/oauth/token', 'grant_type=client_credentials', {
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: 'Basic ' + basic,
      },
    })
    .then((response) => response.data);
}

module.exports = token;
