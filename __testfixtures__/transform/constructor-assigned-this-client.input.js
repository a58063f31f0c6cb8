const platformClient = require('purecloud-platform-client-v2');

class Reporter {
  constructor() {
    this.client = platformClient.ApiClient.instance;
  }

  async login() {
    await this.client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
  }
}

module.exports = Reporter;
