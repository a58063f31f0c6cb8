import axios from 'axios';

interface TokenResponse {
  access_token: string;
  expires_in: number;
}

export async function getToken(): Promise<string> {
  const { data } = await axios.post<TokenResponse>(
    'https://login.usw2.pure.cloud/oauth/token',
    new URLSearchParams({
      grant_type: 'client_credentials',
    }),
    {
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Authorization': 'Basic ' + Buffer.from([
          process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
          process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
        ].join(':')).toString('base64'),
      },
      timeout: 5000,
    },
  );
  return data.access_token;
}
