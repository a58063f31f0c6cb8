const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } }, (error) => {
  if (error) console.error(error);
});
