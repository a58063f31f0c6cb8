import nr from 'newrelic';
import platformClient from 'purecloud-platform-client-v2';

const client = platformClient.ApiClient.instance;

export function login() {
  return nr.startSegment('genesys-cloud/loginClientCredentials', true, () => {
    client.init({
      clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    });
    return client.loginClientCredentials(
      process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ['analytics:readonly'],
    );
  },
  );
}

export function loginTimed() {
  return nr.startSegment('genesys-login', true, () => {
    client.init({
      clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    });
    return client.loginClientCredentials(
      process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ['analytics:readonly'],
    );
  });
}
