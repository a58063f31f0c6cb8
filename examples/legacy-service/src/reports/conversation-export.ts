import * as platformClient from '@genesyscloud/genesyscloud';

interface ExportWindow {
  from: Date;
  to: Date;
}

export class ConversationExporter {
  private readonly apiClient = new platformClient.ApiClient();
  private readonly analytics = new platformClient.AnalyticsApi();

  async connect(): Promise<void> {
    await this.apiClient.postOAuthApiToken({
      grant_type: 'password',
      username: process.env.GENESYS_REPORTING_USER,
      password: process.env.GENESYS_REPORTING_PASSWORD,
    });
  }

  async run({ from, to }: ExportWindow): Promise<unknown> {
    await this.connect();
    return this.analytics.postAnalyticsConversationsDetailsQuery({
      interval: `${from.toISOString()}/${to.toISOString()}`,
    });
  }
}

export function exportConversations(from: Date, to: Date): Promise<unknown> {
  return new ConversationExporter().run({ from, to });
}
