const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

client.postOAuthApiToken({ credentials: { username: 'svc-bot', password: 'secret' } });
