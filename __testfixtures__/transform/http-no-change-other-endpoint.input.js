const axios = require('axios');
const qs = require('qs');

// Keycloak, not Genesys Cloud: report-only, never rewritten.
async function keycloakToken(username, password) {
  return axios.post('https://sso.example.com/realms/main/protocol/openid-connect/token', qs.stringify({ grant_type: 'password', client_id: 'cli', username, password }));
}

async function otherOauth(username, password) {
  return axios.post('https://auth.example.org/oauth/token', { grant_type: 'password', username, password });
}

module.exports = { keycloakToken, otherOauth };
