// A test double that defines its own postOAuthApiToken: provably not the SDK.
class FakeApiClient {
  postOAuthApiToken(body) {
    return Promise.resolve({ access_token: 'fake', body });
  }
}

const fake = new FakeApiClient();
fake.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });

const stub = { postOAuthApiToken: async () => ({ access_token: 'x' }) };
stub.postOAuthApiToken({ grant_type: 'password', username: 'u', password: 'p' });
