// A test double that only looks like the SDK.
const fakeClient = {
  postOAuthApiToken(body) {
    return Promise.resolve({ access_token: 'fake', body });
  },
};

fakeClient.postOAuthApiToken({ credentials: { username: 'test', password: 'test' } });
