const platformClient = require('@genesyscloud/genesyscloud');
const client = platformClient.ApiClient.instance;

client.postOAuthApiToken({ grant_type: 'client_credentials' });
client.loginClientCredentials(process.env.GENESYSCLOUD_OAUTHCLIENT_ID, process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET, ['analytics:readonly']);
