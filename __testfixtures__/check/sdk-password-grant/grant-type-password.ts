import { ApiClient } from 'purecloud-platform-client-v2';

const client = new ApiClient();
const body = { grant_type: 'password', username: process.env.SVC_USER, password: process.env.SVC_PASSWORD };

export function login(): Promise<unknown> {
  return client.postOAuthApiToken(body); // expect: sdk-password-grant fixable
}
