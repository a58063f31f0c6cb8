const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

function login() {
  return client
    .postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } })
    .then((data) => {
      console.log('logged in');
      return data;
    })
    .catch((error) => console.error(error));
}

module.exports = { login };
