import axios from 'axios';

interface TokenResponse {
  access_token: string;
  expires_in: number;
}

export async function getToken(): Promise<string> {
  const { data } = await axios.post<TokenResponse>(
    'https://login.usw2.pure.cloud/oauth/token',
    new URLSearchParams({
      grant_type: 'password',
      username: process.env.GENESYS_USERNAME as string,
      password: process.env.GENESYS_PASSWORD as string,
    }),
    {
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      timeout: 5000,
    },
  );
  return data.access_token;
}
