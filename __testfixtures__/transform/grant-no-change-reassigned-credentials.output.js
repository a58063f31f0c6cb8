const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;
let body = { grant_type: 'client_credentials' };
if (process.env.LEGACY) body = { credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } };

client.postOAuthApiToken(body);
