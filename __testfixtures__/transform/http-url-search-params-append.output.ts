const region = 'mypurecloud.com.au';

export async function accessToken(user: string, pass: string): Promise<string> {
  const params = new URLSearchParams();
  params.append('grant_type', 'client_credentials');
  // Genesys Cloud answers with a JSON body.
  const res = await fetch('https://login.mypurecloud.com.au/oauth/token', {
    method: 'POST',
    body: params,
    headers: {
      Authorization: 'Basic ' + Buffer.from([
        process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
        process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
      ].join(':')).toString('base64'),
    },
  });
  const json = (await res.json()) as { access_token: string };
  return json.access_token;
}

export const REGION = region;
