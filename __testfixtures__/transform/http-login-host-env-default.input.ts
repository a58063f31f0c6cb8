import axios from 'axios';

// The region comes from the deployment; the default is the US East login host.
const LOGIN_URL = `https://login.${process.env.GENESYS_CLOUD_ENV ?? 'mypurecloud.com'}/oauth/token`;

export async function fetchToken(user: string, secret: string): Promise<string> {
  const body = new URLSearchParams({ grant_type: 'password', username: user, password: secret });
  const response = await axios.post(LOGIN_URL, body, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  return response.data.access_token;
}
