const region = 'mypurecloud.com.au';

export async function accessToken(user: string, pass: string): Promise<string> {
  const params = new URLSearchParams();
  params.append('grant_type', 'password');
  params.append('username', user);
  params.append('password', pass);
  // Genesys Cloud answers with a JSON body.
  const res = await fetch('https://login.mypurecloud.com.au/oauth/token', {
    method: 'POST',
    body: params,
  });
  const json = (await res.json()) as { access_token: string };
  return json.access_token;
}

export const REGION = region;
