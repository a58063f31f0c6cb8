// Login forms, hashing, comments, grant types from outside the file, logged or unsent bodies
// (the calls other rules own are rows of __tests__/http-password-grant.rule.test.ts).
const axios = require('axios');
const bcrypt = require('bcrypt');
const qs = require('qs');

axios.post('/api/login', { username: 'u', password: 'p' });
fetch('/token/', { method: 'POST', body: JSON.stringify({ username: 'u', password: 'p' }) });
bcrypt.hash('p', 10);
// axios.post('/oauth/token', { grant_type: 'password', username: 'u', password: 'p' });
/* $.post('/Token', { grant_type: 'password', username: 'u', password: 'p' }); */

function token(grantType, u, p) {
  return axios.post('/oauth/token', { grant_type: grantType, username: u, password: p });
}
fetch(process.env.TOKEN_URL, { method: 'POST', body: JSON.stringify({ grant_type: process.env.GRANT_TYPE, username: 'u', password: 'p' }) });
fetch('/api/token', { method: 'POST', body: new URLSearchParams({ grant_type: '', username: 'u', password: 'p' }) });
console.log(JSON.stringify({ grant_type: 'password', username: 'u', password: 'p' }));
const unsent = qs.stringify({ grant_type: 'password', username: 'u', password: 'p' });
module.exports = { token, unsent };
