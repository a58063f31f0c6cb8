const LOGIN = 'https://login.mypurecloud.com';

export async function login(username, password) {
  const response = await fetch(`${LOGIN}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', username, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return response.json();
}
