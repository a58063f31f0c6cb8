import axios from 'axios';

export async function token(user, pass) {
  const { data } = await axios.post(`https://login.euw2.pure.cloud/oauth/token`, `grant_type=password&username=${user}&password=${pass}`, {
    auth: { username: process.env.GENESYS_CLIENT_ID, password: process.env.GENESYS_CLIENT_SECRET },
  });
  return data;
}
