const { ApiClient } = require('@genesyscloud/genesyscloud');

const client = ApiClient.instance;

exports.login = async () => {
  await client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
};
