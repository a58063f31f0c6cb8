import type { GenesysClient } from './client-factory';

/** The client is injected: its type is all that says what it is. */
export class ReportService {
  constructor(private readonly client: GenesysClient) {}

  async connect(): Promise<void> {
    await this.client.postOAuthApiToken({ credentials: { username: 'svc-reports', password: 'reports-secret' } });
  }
}
