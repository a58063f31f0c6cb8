import * as platformClient from 'purecloud-platform-client-v2';

export class ConversationExport {
  private readonly analytics = new platformClient.AnalyticsApi();

  async lastDay(interval: string): Promise<unknown> {
    const details = await this.analytics.postAnalyticsConversationsDetailsQuery({ interval });
    await new platformClient.ConversationsApi().getConversation('c-1');
    return details;
  }
}
