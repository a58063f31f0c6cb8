// Forms encoded by hand whose grant type the file does not fix, and a refresh built the same way.
function tokenFor(settings) {
  const fields = { grant_type: settings.grantType, username: settings.user, password: settings.pass, code: settings.code };
  let form = [];
  for (const key in fields) form.push(key + '=' + encodeURIComponent(fields[key]));
  form = form.join('&');
  return fetch(settings.tokenUrl, { method: 'POST', body: form });
}

function refresh(token) {
  const fields = { grant_type: 'refresh_token', refresh_token: token };
  const parts = [];
  Object.keys(fields).forEach((key) => parts.push(`${key}=${encodeURIComponent(fields[key])}`));
  return fetch('/oauth/token', { method: 'POST', body: parts.join('&') });
}

module.exports = { tokenFor, refresh };
