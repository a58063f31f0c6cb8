class StubClient {
  async postOAuthApiToken(_body: object): Promise<void> {}
}

export async function login(client: StubClient): Promise<void> {
  await client.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });
}

export class Service {
  constructor(private readonly api: StubClient) {}

  start(): Promise<void> {
    return this.api.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });
  }
}
