const platformClient = require('purecloud-platform-client-v2');

const client = platformClient.ApiClient.instance;

// Logs in and calls no Platform API: nothing to infer scopes from.
client.postOAuthApiToken({ credentials: { username: 'bot', password: process.env.BOT_PASSWORD } });
