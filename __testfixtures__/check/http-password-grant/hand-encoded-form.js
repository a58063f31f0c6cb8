// Forms encoded by hand, the way React Native and plain-browser examples build a token body:
// the fields are walked and pushed as `key=value` parts, then joined with `&`.
const TOKEN_ENDPOINT = readSetting('tokenEndpoint');

function withForIn(user, secret) {
  var fields = { client_id: 'mobile', grant_type: 'password', scope: 'openid', username: user, password: secret };
  var parts = [];
  for (var name in fields) {
    parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(fields[name]));
  }
  parts = parts.join('&');
  return fetch(TOKEN_ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: parts }); // expect: http-password-grant
}

async function withEntries(login) {
  const fields = { grant_type: 'password', email: login.email, password: login.password };
  const pairs = [];
  for (const [name, value] of Object.entries(fields)) pairs.push(`${name}=${encodeURIComponent(value)}`);
  const response = await fetch(`${process.env.API_ROOT}/oauth/token`, { method: 'POST', body: pairs.join('&') }); // expect: http-password-grant
  return response.json();
}

module.exports = { withForIn, withEntries };
