const platformClient = require('purecloud-platform-client-v2');

class Reporter {
  constructor() {
    this.client = platformClient.ApiClient.instance;
  }

  async login() {
    this.client.init({
      clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    });
    await this.client.loginClientCredentials(
      process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ['analytics:readonly'],
    );
  }
}

module.exports = Reporter;
