import genesys from '@genesyscloud/genesyscloud';

const tokenClient = new genesys.ApiClient();
const nightlyLogin = { credentials: { username: 'nightly', password: 'n1ghtly!' } };

export async function runNightly() {
  await tokenClient.postOAuthApiToken(nightlyLogin);
}

export const retry = () =>
  tokenClient.postOAuthApiToken({ credentials: { username: 'nightly', password: 'n1ghtly!' } });
