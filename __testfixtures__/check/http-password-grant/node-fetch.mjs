import nodeFetch from 'node-fetch';

const config = { tokenUrl: 'https://login.usw2.pure.cloud/oauth/token' };

export async function login(username, password) {
  const response = await nodeFetch(config.tokenUrl, { // expect: http-password-grant
    method: 'POST',
    body: `grant_type=password&username=${encodeURIComponent(username)}&password=${encodeURIComponent(password)}`,
  });
  return response.json();
}
