const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

function login() {
  client.init({
    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  });
  return client
    .loginClientCredentials(
      process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ['analytics:readonly'],
    )
    .then((data) => {
      console.log('logged in');
      return data;
    })
    .catch((error) => console.error(error));
}

module.exports = { login };
