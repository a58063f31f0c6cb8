// Other grants, also with HTTP Basic `username`/`password` holding the client ID and secret.
const axios = require('axios');
const request = require('request');

const auth = { username: process.env.CLIENT_ID, password: process.env.CLIENT_SECRET };
axios.post('/oauth/token', 'grant_type=client_credentials', { auth });
request.post({ url: '/connect/token', auth: { user: 'id', pass: 'secret' }, form: { grant_type: 'client_credentials', scope: 'api' } });
axios.post('/oauth/token', { grant_type: 'refresh_token', refresh_token: 'r' }, { auth });
fetch('/token', { method: 'POST', body: new URLSearchParams({ grant_type: 'authorization_code', code: 'c', redirect_uri: '/cb' }) });
axios.post('/oauth/token', { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: 'd', client_id: 'c' });
axios.post('/oauth/token', { grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', subject_token: 's', subject_token_type: 't' });
axios.post('/oauth/token', { grant_type: 'password' }, { auth });
