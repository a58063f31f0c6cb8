const axios = require('axios');

// The body names a client but sends no secret and no Authorization header: the header the
// rewrite would add names the new client, so the request would carry two client IDs.
async function fetchAgentToken(user, pass) {
  const form = new URLSearchParams({
    grant_type: 'password',
    client_id: process.env.AGENT_APP_CLIENT_ID,
    username: user,
    password: pass,
  });
  const response = await axios.post('https://login.mypurecloud.com/oauth/token', form);
  return response.data.access_token;
}

module.exports = { fetchAgentToken };
