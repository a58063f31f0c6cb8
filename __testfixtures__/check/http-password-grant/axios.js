const axios = require('axios');
const qs = require('qs');
const querystring = require('querystring');

const TOKEN_URL = 'https://login.mypurecloud.com/oauth/token';
const environment = process.env.GENESYS_ENV;

async function viaQs(username, password) {
  const { data } = await axios.post(TOKEN_URL, qs.stringify({ grant_type: 'password', username, password })); // expect: http-password-grant
  return data;
}

async function viaString() {
  return axios.post(`https://login.${environment}/oauth/token`, 'grant_type=password&username=a&password=b', { // expect: http-password-grant
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
}

async function viaConfigObject(username, password) {
  return axios({ // expect: http-password-grant
    method: 'post',
    url: TOKEN_URL,
    data: querystring.stringify({ grant_type: 'password', username, password }),
  });
}

async function viaJsonBody(username, password) {
  return axios.post(TOKEN_URL, { grant_type: 'password', username, password }); // expect: http-password-grant
}

const http = axios.create({ baseURL: 'https://login.mypurecloud.ie' });
async function viaInstance(username, password) {
  return http.post('/oauth/token', new URLSearchParams({ grant_type: 'password', username, password }).toString()); // expect: http-password-grant
}

module.exports = { viaQs, viaString, viaConfigObject, viaJsonBody, viaInstance };
