// `session.client` cannot be traced, but the method name is specific to the SDK.
async function refresh(session) {
  return session.client.postOAuthApiToken({ // expect: sdk-password-grant fixable
    grant_type: 'password', // the finding starts on the call's first line, not here
    username: 'a',
    password: 'b',
  });
}

async function twice(session) {
  await session.client.postOAuthApiToken({ grant_type: 'password', username: 'a', password: 'b' }); // expect: sdk-password-grant fixable
}

module.exports = { refresh, twice };
