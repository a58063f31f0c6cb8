const LOGIN = 'https://login.mypurecloud.com';

export async function login(username, password) {
  const response = await fetch(`${LOGIN}/oauth/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Authorization': 'Basic ' + Buffer.from([
        process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
        process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ].join(':')).toString('base64'),
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return response.json();
}
