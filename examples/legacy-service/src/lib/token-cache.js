'use strict';

// Generic helper: the caller decides what to send, so the grant cannot be known here.
async function fetchToken(client, tokenRequest) {
  const data = await client.postOAuthApiToken(tokenRequest);
  return { token: data.access_token, fetchedAt: Date.now() };
}

module.exports = { fetchToken };
