const base = process.env.LOGIN_BASE ?? 'https://login.mypurecloud.com';
const TOKEN_PATH = '/oauth/token';

export async function withParamsObject(username: string, password: string): Promise<Response> {
  return fetch(new URL(TOKEN_PATH, base), { // expect: http-password-grant
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', username, password }),
  });
}

export async function withAppend(username: string, password: string): Promise<Response> {
  const params = new URLSearchParams();
  params.append('grant_type', 'password');
  params.append('username', username);
  params.append('password', password);
  return fetch(`${base}/oauth/token`, { method: 'POST', body: params }); // expect: http-password-grant
}

export async function withStringInit(user: string, secret: string): Promise<Response> {
  const body = new URLSearchParams(`grant_type=password&username=${user}&password=${secret}`);
  return fetch(base + TOKEN_PATH, { method: 'POST', body }); // expect: http-password-grant
}

export async function withJson(username: string, password: string): Promise<Response> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'password', username, password }) };
  return globalThis.fetch(`${base}${TOKEN_PATH}`, init); // expect: http-password-grant
}

export function asRequest(username: string, password: string): Request {
  return new Request(`${base}/oauth/token`, { method: 'POST', body: new URLSearchParams([['grant_type', 'password'], ['username', username], ['password', password]]) }); // expect: http-password-grant
}
