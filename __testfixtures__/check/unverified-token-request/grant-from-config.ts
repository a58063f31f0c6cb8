import { ApiClient } from 'purecloud-platform-client-v2';
import { settings } from './settings';

const client = new ApiClient();

export function login(): Promise<unknown> {
  return client.postOAuthApiToken({ grant_type: settings.grantType, username: settings.user, password: settings.secret }); // expect: unverified-token-request
}
