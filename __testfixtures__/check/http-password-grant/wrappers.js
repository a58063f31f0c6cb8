// axios instances, in-house wrappers, FormData, the grant in the query, credentials spread in.
const axios = require('axios');
const { stringify } = require('qs');

const auth = axios.create({ baseURL: process.env.AUTH_BASE });

async function viaInstance(u, p) {
  return auth.post('oauth/token', stringify({ grant_type: 'password', username: u, password: p })); // expect: http-password-grant
}

async function viaWrapper(params) {
  return postForm(process.env.TOKEN_URL, `grant_type=password&${stringify(params)}`); // expect: http-password-grant
}

async function viaFormData(u, p) {
  const form = new FormData();
  form.append('grant_type', 'password');
  form.append('username', u);
  form.append('password', p);
  return axios.post('/api/token', form); // expect: http-password-grant
}

async function viaQuery(u, p) {
  return axios.post('/oauth/token', null, { params: { grant_type: 'password', username: u, password: p } }); // expect: http-password-grant
}

async function viaSpread(credentials) {
  return axios.post(`${process.env.API}/Token`, { grant_type: 'password', client_id: 'web', ...credentials }); // expect: http-password-grant
}

module.exports = { viaInstance, viaWrapper, viaFormData, viaQuery, viaSpread };
