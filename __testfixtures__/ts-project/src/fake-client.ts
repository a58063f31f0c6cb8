/** A test double with the same method name as the SDK: not a password grant. */
export class FakeClient {
  calls = 0;

  async postOAuthApiToken(body: unknown): Promise<{ access_token: string }> {
    this.calls += body === undefined ? 0 : 1;
    return { access_token: 'fake-token' };
  }
}
