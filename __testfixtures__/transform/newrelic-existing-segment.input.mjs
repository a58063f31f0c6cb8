import nr from 'newrelic';
import platformClient from 'purecloud-platform-client-v2';

const client = platformClient.ApiClient.instance;

export function login() {
  return nr.startSegment('genesys/postOAuthApiToken', true, () =>
    client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } }),
  );
}

export function loginTimed() {
  return nr.startSegment('genesys-login', true, () => client.postOAuthApiToken({ grant_type: 'password', username: process.env.GC_USER, password: process.env.GC_PASS }));
}
