const axios = require('axios');
const got = require('got');
const qs = require('qs');

const TOKEN_URL = 'https://login.mypurecloud.com/oauth/token';
const auth = { username: process.env.CLIENT_ID, password: process.env.CLIENT_SECRET };

// Client credentials: HTTP Basic auth happens to use `username`/`password` keys.
axios.post(TOKEN_URL, qs.stringify({ grant_type: 'client_credentials' }), { auth });
fetch(TOKEN_URL, { method: 'POST', body: 'grant_type=client_credentials' });
got.post(TOKEN_URL, { form: { grant_type: 'client_credentials' }, username: auth.username, password: auth.password });
const params = new URLSearchParams();
params.append('grant_type', 'client_credentials');
fetch(TOKEN_URL, { method: 'POST', body: params });
