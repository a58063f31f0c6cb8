// Mocks and stubs of a token endpoint describe a server; they send nothing.
const nock = require('nock');
const fetchMock = require('fetch-mock');
const sinon = require('sinon');
const MockAdapter = require('axios-mock-adapter');
const { http, HttpResponse, rest } = require('msw');

const body = { grant_type: 'password', username: 'u', password: 'p' };

nock('https://login.mypurecloud.com').post('/oauth/token', body).reply(200, { access_token: 't' });
fetchMock.post('/oauth/token', { access_token: 't' }, { body });
const mock = new MockAdapter(axios);
mock.onPost('/oauth/token', body).reply(200, { access_token: 't' });
sinon.stub(axios, 'post').withArgs('/oauth/token', body).resolves({ data: {} });
expect(axios.post).toHaveBeenCalledWith('/oauth/token', body);
cy.intercept('POST', '/oauth/token', { body });
td.when(fetch('/token', { method: 'POST', body: 'grant_type=password&username=u&password=p' })).thenResolve({});
const handlers = [
  http.post('*/oauth/token', async ({ request }) => HttpResponse.json({ access_token: 't' })),
  rest.post('/token', (req, res, ctx) => res(ctx.json({ access_token: 't' }))),
];
module.exports = { handlers };
