import { checkSource } from '../src/check/check-source';
import type { Endpoint } from '../src/check/types';

/**
 * `http-password-grant` as a table, the typescript-eslint way: `valid` rows must give no
 * finding of this rule, `invalid` rows exactly the findings listed (line and endpoint kind,
 * and the endpoint URL where one is given). A case is a row of data; the shapes are those of
 * real public code (see __testfixtures__/check/real-world-shapes.md), written anew.
 */

interface ValidCase {
  name: string;
  code: string;
  file?: string;
}

interface InvalidCase extends ValidCase {
  findings: { line: number; kind: Endpoint['kind']; url?: string }[];
}

const RULE = 'http-password-grant';

const invalid: InvalidCase[] = [
  // ── a class's own field filled through this, Auth0's password-realm grant type
  {
    name: 'FormData in a class field, filled with this.form.append in a method',
    file: 'login.component.ts',
    code: "export class LoginComponent {\n  form = new FormData();\n  constructor(private http: HttpClient) {}\n  submit(user: string, pass: string) {\n    this.form.append('grant_type', 'password');\n    this.form.append('username', user);\n    this.form.append('password', pass);\n    return this.http.post(environment.api + '/oauth/token', this.form);\n  }\n}",
    findings: [{ line: 8, kind: 'token-endpoint', url: '*/oauth/token' }],
  },
  {
    name: 'URLSearchParams field set in the constructor, filled in a method',
    code: "class Auth {\n  constructor(url) { this.url = url; this.params = new URLSearchParams(); }\n  login(u, p) {\n    this.params.set('grant_type', 'password');\n    this.params.set('username', u);\n    this.params.set('password', p);\n    return fetch(this.url, { method: 'POST', body: this.params });\n  }\n}",
    findings: [{ line: 7, kind: 'unknown' }],
  },
  {
    name: "Auth0's password-realm grant type in an object body",
    code: "const axios = require('axios');\nexports.token = (o) => axios.post(`https://${o.domain}/oauth/token`, { grant_type: 'http://auth0.com/oauth/grant-type/password-realm', username: o.username, password: o.password, realm: o.realm, client_id: o.clientId });",
    findings: [{ line: 2, kind: 'token-endpoint' }],
  },
  {
    name: "Auth0's password-realm grant type URL-encoded in a form text",
    code: "fetch(base + '/oauth/token', { method: 'POST', body: 'grant_type=http%3A%2F%2Fauth0.com%2Foauth%2Fgrant-type%2Fpassword-realm&realm=db&username=' + u + '&password=' + p });",
    findings: [{ line: 1, kind: 'token-endpoint' }],
  },
  // ── jQuery
  {
    name: 'jQuery $.ajax with a data object, to an ASP.NET /token',
    code: "$.ajax({ url: '/token', method: 'POST', data: { grant_type: 'password', username: u, password: p } });",
    findings: [{ line: 1, kind: 'token-endpoint', url: '/token' }],
  },
  {
    name: 'jQuery $.post to a URL the file does not show',
    code: "function login(url, u, p) {\n  return $.post(url, { grant_type: 'password', username: u, password: p }, null, 'json');\n}",
    findings: [{ line: 2, kind: 'unknown' }],
  },
  {
    name: 'jQuery $.ajax with a grant type held in a variable of the file',
    code: "var grantType = 'password';\n$.ajax({ url: '/Token', type: 'POST', data: { username: u, password: p, grant_type: grantType } });",
    findings: [{ line: 2, kind: 'token-endpoint', url: '/Token' }],
  },
  // ── AngularJS
  {
    name: 'AngularJS $http.post with $.param',
    code: "$http.post('/oauth/token', $.param({ grant_type: 'password', username: u, password: p }));",
    findings: [{ line: 1, kind: 'token-endpoint' }],
  },
  {
    name: 'AngularJS $http(config) with $httpParamSerializer, to a Genesys login host',
    code: [
      "var body = { grant_type: 'password', username: u, password: p };",
      "var req = { method: 'POST', url: 'https://login.mypurecloud.de/oauth/token', data: $httpParamSerializer(body) };",
      '$http(req).then(function (res) { return res.data; });',
    ].join('\n'),
    findings: [{ line: 3, kind: 'genesys', url: 'https://login.mypurecloud.de/oauth/token' }],
  },
  {
    name: 'AngularJS scope data assigned once',
    code: [
      'app.controller("c", function ($scope, $http, $httpParamSerializer) {',
      "  $scope.creds = { grant_type: 'password', username: '', password: '' };",
      "  $scope.login = function () { $http({ method: 'POST', url: '/uaa/oauth/token', data: $httpParamSerializer($scope.creds) }); };",
      '});',
    ].join('\n'),
    findings: [{ line: 3, kind: 'token-endpoint' }],
  },
  // ── Angular HttpClient
  {
    name: 'Angular HttpParams .set chain as the body, URL in a class field',
    file: 'auth.service.ts',
    code: [
      'export class AuthService {',
      "  private tokenUrl = 'http://localhost:8080/oauth/token';",
      '  constructor(private http: HttpClient) {}',
      '  login(u: string, p: string) {',
      "    const body = new HttpParams().set('username', u).set('password', p).set('grant_type', 'password');",
      '    return this.http.post(this.tokenUrl, body.toString(), { headers });',
      '  }',
      '}',
    ].join('\n'),
    findings: [{ line: 6, kind: 'token-endpoint', url: 'http://localhost:8080/oauth/token' }],
  },
  {
    name: 'Angular HttpParams .append chain in the params option',
    file: 'token.service.ts',
    code: [
      "const params: HttpParams = new HttpParams().append('grant_type', 'password').append('username', u).append('password', p);",
      'this.http.post<Token>(`${environment.api}/oauth/token`, {}, { headers, params });',
    ].join('\n'),
    findings: [{ line: 2, kind: 'token-endpoint', url: '*/oauth/token' }],
  },
  {
    name: 'Angular HttpParams fromObject',
    file: 'a.ts',
    code: "http.post(url, new HttpParams({ fromObject: { grant_type: 'password', username: u, password: p } }));",
    findings: [{ line: 1, kind: 'unknown' }],
  },
  {
    name: 'Angular HttpParams fromString',
    file: 'a.ts',
    code: "this.http.post('/connect/token', new HttpParams({ fromString: `grant_type=password&username=${u}&password=${p}` }));",
    findings: [{ line: 1, kind: 'token-endpoint', url: '/connect/token' }],
  },
  // ── Postman
  {
    name: 'Postman pm.sendRequest with urlencoded pairs',
    code: [
      'pm.sendRequest({',
      "  url: 'https://idp.example.com/connect/token',",
      "  method: 'POST',",
      "  body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: 'password' }, { key: 'username', value: u }, { key: 'password', value: p }] },",
      '}, function (err, res) {});',
    ].join('\n'),
    findings: [{ line: 1, kind: 'token-endpoint' }],
  },
  {
    name: 'Postman pm.sendRequest with a raw body',
    code: "pm.sendRequest({ url: pm.environment.get('tokenUrl'), method: 'POST', body: { mode: 'raw', raw: 'grant_type=password&username=' + u + '&password=' + p } });",
    findings: [{ line: 1, kind: 'unknown' }],
  },
  // ── Cypress
  {
    name: 'Cypress cy.request with form: true and a URL from Cypress.env',
    code: "cy.request({ method: 'POST', url: Cypress.env('tokenUrl'), form: true, body: { grant_type: 'password', username: Cypress.env('user'), password: Cypress.env('pass') } });",
    findings: [{ line: 1, kind: 'unknown' }],
  },
  {
    name: 'Cypress cy.request(method, url, body)',
    code: "cy.request('POST', '/realms/app/protocol/openid-connect/token', { grant_type: 'password', client_id: 'web', username: 'e2e', password: 'e2e' });",
    findings: [{ line: 1, kind: 'token-endpoint', url: '/realms/app/protocol/openid-connect/token' }],
  },
  {
    name: 'Cypress options object in a const',
    code: "const options = { method: 'POST', url: '/oauth/token', body: { grant_type: 'password', username: u, password: p } };\ncy.request(options);",
    findings: [{ line: 2, kind: 'token-endpoint' }],
  },
  // ── supertest / chai-http / superagent
  {
    name: 'supertest .post(url).send(body)',
    code: "const res = await request(app).post('/oauth/token').set('Accept', 'application/json').send({ grant_type: 'password', username: 'a', password: 'b' });",
    findings: [{ line: 1, kind: 'token-endpoint', url: '/oauth/token' }],
  },
  {
    name: 'supertest with the fields split over chained .send calls',
    code: "supertest(app)\n  .post('/token')\n  .send({ grant_type: 'password' })\n  .send({ username: 'u' })\n  .send({ password: 'p' })\n  .expect(200, done);",
    findings: [{ line: 1, kind: 'token-endpoint', url: '/token' }],
  },
  {
    name: 'superagent sending a grant and a credentials object of the file',
    code: "const creds = { username: config.user, password: config.pass };\nsuperagent.post(base + '/oauth/token').send({ grant_type: 'password' }).send(creds).end(cb);",
    findings: [{ line: 2, kind: 'token-endpoint', url: '*/oauth/token' }],
  },
  {
    name: 'chai-http chai.request(app).post(url).type(form).send(...)',
    code: "chai.request(app).post('/oauth/token').type('form').send({ grant_type: 'password', username: 'u', password: 'p' }).end(done);",
    findings: [{ line: 1, kind: 'token-endpoint' }],
  },
  // ── node https / XMLHttpRequest
  {
    name: 'node https.request(options) + req.write(body), to a Genesys login host',
    code: [
      "const body = querystring.stringify({ grant_type: 'password', username: u, password: p });",
      "const req = https.request({ hostname: 'login.usw2.pure.cloud', path: '/oauth/token', method: 'POST' }, onResponse);",
      'req.write(body);',
      'req.end();',
    ].join('\n'),
    findings: [{ line: 3, kind: 'genesys', url: 'https://login.usw2.pure.cloud/oauth/token' }],
  },
  {
    name: 'XMLHttpRequest open + send of a form string',
    code: "const xhr = new XMLHttpRequest();\nxhr.open('POST', 'https://auth.example.com/oauth2/token');\nxhr.send('grant_type=password&username=' + u + '&password=' + p);",
    findings: [{ line: 3, kind: 'token-endpoint', url: 'https://auth.example.com/oauth2/token' }],
  },
  {
    name: 'XMLHttpRequest send of JSON.stringify',
    code: "xhr.open('POST', url, true);\nxhr.send(JSON.stringify({ grant_type: 'password', username: u, password: p }));",
    findings: [{ line: 2, kind: 'unknown' }],
  },
  // ── ky, needle, undici, wretch
  {
    name: 'ky.post with a URLSearchParams body',
    code: "await ky.post(`${issuer}/oauth2/v1/token`, { body: new URLSearchParams({ grant_type: 'password', username: u, password: p }) }).json();",
    findings: [{ line: 1, kind: 'token-endpoint', url: '*/oauth2/v1/token' }],
  },
  {
    name: 'ky with searchParams',
    code: "ky.post('services/oauth2/token', { prefixUrl: instance, searchParams: { grant_type: 'password', username: u, password: p } });",
    findings: [{ line: 1, kind: 'token-endpoint', url: 'services/oauth2/token' }],
  },
  {
    name: 'needle.post(url, data, options)',
    code: "needle.post(tokenUrl, { grant_type: 'password', username: u, password: p }, { json: false }, callback);",
    findings: [{ line: 1, kind: 'unknown' }],
  },
  {
    name: 'needle(method, url, data)',
    code: "needle('post', 'https://sso.example.com/oauth/v1/tokens', { grant_type: 'password', username: u, password: p });",
    findings: [{ line: 1, kind: 'token-endpoint' }],
  },
  {
    name: 'undici request with a qs body',
    code: "const { body } = await request('https://auth.example.com/auth/oauth/v2/token', { method: 'POST', body: qs.stringify({ grant_type: 'password', username: u, password: p }) });",
    findings: [{ line: 1, kind: 'token-endpoint' }],
  },
  {
    name: 'wretch(url).formUrl(body).post()',
    code: "wretch('/oauth/token').formUrl({ grant_type: 'password', username: u, password: p }).post().json();",
    findings: [{ line: 1, kind: 'token-endpoint', url: '/oauth/token' }],
  },
  // ── axios and wrappers
  {
    name: 'axios instance made with axios.create',
    code: "const api = axios.create({ baseURL: process.env.AUTH_URL });\nexport const login = (u, p) => api.post('oauth/token', qs.stringify({ grant_type: 'password', username: u, password: p }));",
    findings: [{ line: 2, kind: 'token-endpoint', url: '*/oauth/token' }],
  },
  {
    name: 'axios instance with a Genesys baseURL',
    code: "const http = axios.create({ baseURL: 'https://login.mypurecloud.ie/' });\nhttp.post('/oauth/token', new URLSearchParams({ grant_type: 'password', username: u, password: p }).toString());",
    findings: [{ line: 2, kind: 'genesys', url: 'https://login.mypurecloud.ie/oauth/token' }],
  },
  {
    name: 'an in-house wrapper taking the URL first',
    code: "export function login(params) {\n  return postForm(TOKEN_URL, `grant_type=password&${stringify(params)}`);\n}",
    findings: [{ line: 2, kind: 'unknown' }],
  },
  {
    name: 'a query string concatenated with an encoded object',
    code: "const query = stringify({ ...user, grant_type: 'password' });\nexport const login = () => request('oauth/token?' + query, { method: 'post' });",
    findings: [{ line: 2, kind: 'token-endpoint' }],
  },
  {
    name: 'a form joined by hand from Object.keys, sent as a Buffer by req.write',
    code: [
      "const fields = { grant_type: 'password', username: u, password: p };",
      "const form = Object.keys(fields).map((k) => `${k}=${encodeURIComponent(fields[k])}`).join('&');",
      "const req = http.request({ host: 'localhost', path: '/oauth/token', method: 'POST' });",
      'req.write(Buffer.from(form));',
    ].join('\n'),
    findings: [{ line: 4, kind: 'token-endpoint', url: 'https://localhost/oauth/token' }],
  },
  {
    name: 'a form encoded by hand in a for...in loop, the array reassigned to its join',
    code: [
      "var details = { client_id: 'app', grant_type: 'password', username: name, password: secret };",
      'var parts = [];',
      'for (var key in details) {',
      "  parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(details[key]));",
      '}',
      "parts = parts.join('&');",
      "var options = { method: 'POST', headers: headers, body: parts };",
      'return fetch(ENDPOINT, options);',
    ].join('\n'),
    findings: [{ line: 8, kind: 'unknown' }],
  },
  {
    name: 'a form encoded by hand with Object.keys().forEach, joined where it is sent',
    code: [
      "const fields = { grant_type: 'password', email: form.email, password: form.password };",
      'const pairs = [];',
      "Object.keys(fields).forEach((name) => pairs.push(`${name}=${encodeURIComponent(fields[name])}`));",
      "await fetch(`${base}/oauth/token`, { method: 'POST', body: pairs.join('&') });",
    ].join('\n'),
    findings: [{ line: 4, kind: 'token-endpoint' }],
  },
  {
    name: 'the grant in the query of a URL template, the credentials in a JSON body (GoTrue-style /token?grant_type=password)',
    code: [
      'export async function signIn(email, password) {',
      '  const address = `${process.env.AUTH_BASE}/auth/v1/token?grant_type=password`;',
      "  return fetch(address, { method: 'POST', headers: { apikey: KEY }, body: JSON.stringify({ email, password }) });",
      '}',
    ].join('\n'),
    findings: [{ line: 3, kind: 'token-endpoint' }],
  },
  {
    name: 'a body made by a function of the file',
    code: [
      'function ownerBody(login, secret) {',
      "  return { grant_type: 'password', username: login, password: secret, scope: 'api' };",
      '}',
      'export const signIn = (login, secret) => axios.post(AUTH_URL, qs.stringify(ownerBody(login, secret)));',
    ].join('\n'),
    findings: [{ line: 4, kind: 'unknown' }],
  },
  {
    name: 'a body made by a method of the class (this.payload())',
    file: 'a.ts',
    code: [
      'export class TokenService {',
      "  private payload() { return new HttpParams().set('grant_type', 'password').set('username', this.user).set('password', this.pass); }",
      '  fetch() { return this.http.post(this.tokenUrl, this.payload()); }',
      '}',
    ].join('\n'),
    findings: [{ line: 3, kind: 'unknown' }],
  },
  {
    name: 'a body chosen by assignments to a let, one of them a password grant',
    code: [
      'let form;',
      "if (mode === 'user') form = { grant_type: 'password', username: u, password: p };",
      "else form = { grant_type: 'client_credentials' };",
      "fetch(TOKEN, { method: 'POST', body: new URLSearchParams(form) });",
    ].join('\n'),
    findings: [{ line: 4, kind: 'unknown' }],
  },
  {
    name: 'URLSearchParams of Object.entries of the fields',
    code: "const data = new URLSearchParams(Object.entries({ grant_type: 'password', username: u, password: p }));\nfetch('/connect/token', { method: 'POST', body: data });",
    findings: [{ line: 2, kind: 'token-endpoint', url: '/connect/token' }],
  },
  {
    name: 'the user under other field names (identification, user_id, uname)',
    code: [
      "$.post('/api/token', { grant_type: 'password', identification: who, password: pw });",
      "axios.post('/oauth/token', { grant_type: 'password', user_id: id, password: pw });",
      "fetch('/token', { method: 'POST', body: 'grant_type=password&uname=' + n + '&password=' + pw });",
    ].join('\n'),
    findings: [
      { line: 1, kind: 'token-endpoint', url: '/api/token' },
      { line: 2, kind: 'token-endpoint', url: '/oauth/token' },
      { line: 3, kind: 'token-endpoint', url: '/token' },
    ],
  },
  {
    name: 'FormData body',
    code: [
      'const form = new FormData();',
      "form.append('grant_type', 'password');",
      "form.append('username', data.email);",
      "form.append('password', data.password);",
      "axios.post('http://localhost:8000/oauth/token', form);",
    ].join('\n'),
    findings: [{ line: 5, kind: 'token-endpoint' }],
  },
  {
    name: 'the grant in the params query option',
    code: "axios.post(url, null, { params: { grant_type: 'password', username: u, password: p } });",
    findings: [{ line: 1, kind: 'unknown' }],
  },
  {
    name: 'the grant in the URL query',
    code: "axios.post('/oauth/token?grant_type=password&username=admin&password=admin', null, { auth });",
    findings: [{ line: 1, kind: 'token-endpoint', url: '/oauth/token?grant_type=password&username=admin&password=admin' }],
  },
  {
    name: 'credentials spread from a parameter',
    code: "export const login = (credentials) => axios.post(`${API}/oauth/token`, { grant_type: 'password', client_id: ID, ...credentials });",
    findings: [{ line: 1, kind: 'token-endpoint' }],
  },
  {
    name: 'grantType in camel case, an email field, a JSON string body',
    code: "fetch(endpoint, { method: 'POST', body: '{\"grantType\":\"password\",\"email\":\"a@b.c\",\"password\":\"x\"}' });",
    findings: [{ line: 1, kind: 'unknown' }],
  },
  {
    name: 'fetch to Salesforce with body fields assigned after creation',
    code: "const body = {};\nbody.grant_type = 'password';\nbody.username = u;\nbody.password = p;\nfetch(instance + '/services/oauth2/token', { method: 'POST', body: new URLSearchParams(body) });",
    findings: [{ line: 5, kind: 'token-endpoint', url: '*/services/oauth2/token' }],
  },
  {
    name: 'new Request(url, init) of fetch',
    code: "const r = new Request(`${base}/oauth/token`, { method: 'POST', body: 'grant_type=password&username=u&password=p' });",
    findings: [{ line: 1, kind: 'token-endpoint' }],
  },
  {
    name: 'a custom login path is still a password grant (body decides)',
    code: "axios.post('https://example.com/api/login', { grant_type: 'password', username: 'u', password: 'p' });",
    findings: [{ line: 1, kind: 'unknown', url: 'https://example.com/api/login' }],
  },
  {
    name: 'two requests in one file',
    code: "got.post(TOKEN, { form: { grant_type: 'password', username: u, password: p } });\nrequest.post({ url: TOKEN, form: { grant_type: 'password', username: u, password: p } }, cb);",
    findings: [
      { line: 1, kind: 'unknown' },
      { line: 2, kind: 'unknown' },
    ],
  },
  {
    name: 'a Genesys login host chosen at run time with a region host as the default',
    code: [
      "const LOGIN = `https://login.${process.env.GENESYS_ENV ?? 'mypurecloud.com'}/oauth/token`;",
      "axios({ method: 'post', url: LOGIN, data: `grant_type=password&username=${u}&password=${p}` });",
    ].join('\n'),
    findings: [{ line: 2, kind: 'genesys', url: 'https://login.mypurecloud.com/oauth/token' }],
  },
  {
    name: 'a token URL from the environment with a non-Genesys default',
    code: "fetch(process.env.TOKEN_URL || 'https://idp.example.com/connect/token', { method: 'POST', body: new URLSearchParams({ grant_type: 'password', username: u, password: p }) });",
    findings: [{ line: 1, kind: 'token-endpoint', url: 'https://idp.example.com/connect/token' }],
  },
  // ── settings kept on a module object, read through `this` in its methods
  {
    name: 'a grant type on a module object, read as self.grant_type in a method attached later',
    code: [
      "var Auth = { grant_type: 'password', client_id: 'web' };",
      'Auth.fetchToken = function (url, user, pass) {',
      '  var self = this;',
      '  return $.post(url, { grant_type: self.grant_type, client_id: self.client_id, username: user, password: pass });',
      '};',
    ].join('\n'),
    findings: [{ line: 4, kind: 'unknown' }],
  },
  {
    name: 'a grant type on an object literal, read as this.grantType in its own method',
    code: [
      'const session = {',
      "  grantType: 'password',",
      '  signIn(user, pass) {',
      "    return fetch('/connect/token', { method: 'POST', body: new URLSearchParams({ grant_type: this.grantType, username: user, password: pass }) });",
      '  },',
      '};',
    ].join('\n'),
    findings: [{ line: 4, kind: 'token-endpoint', url: '/connect/token' }],
  },
  // ── one body merged from several objects, the pre-spread way
  {
    name: 'Object.assign of a module const holding the grant type and an object of the credentials',
    code: [
      "const TOKEN_DEFAULTS = { grant_type: 'password', client_id: 'web' };",
      'export function signIn(form) {',
      "  return axios.post('/oauth/token', Object.assign({}, TOKEN_DEFAULTS, { username: form.email, password: form.secret }));",
      '}',
    ].join('\n'),
    findings: [{ line: 3, kind: 'token-endpoint', url: '/oauth/token' }],
  },
  {
    name: 'jQuery $.extend of settings and the login fields, sent by $.ajax',
    code: "var base = { grant_type: 'password' };\n$.ajax({ url: '/Token', type: 'POST', data: $.extend({}, base, { userName: u, password: p }) });",
    findings: [{ line: 2, kind: 'token-endpoint', url: '/Token' }],
  },
  // ── a grant type named by a TypeScript enum or a static field of the file
  {
    name: 'a grant type from a string enum declared in the file',
    file: 'auth.ts',
    code: [
      "enum GrantType { Password = 'password', Refresh = 'refresh_token' }",
      "export const login = (u: string, p: string) => axios.post('/oauth/token', qs.stringify({ grant_type: GrantType.Password, username: u, password: p }));",
    ].join('\n'),
    findings: [{ line: 2, kind: 'token-endpoint', url: '/oauth/token' }],
  },
  {
    name: 'a grant type from a static field of the class sending it',
    file: 'auth.ts',
    code: [
      'export class TokenClient {',
      "  static readonly GRANT = 'password';",
      "  signIn(u: string, p: string) { return fetch('/connect/token', { method: 'POST', body: new URLSearchParams({ grant_type: TokenClient.GRANT, username: u, password: p }) }); }",
      '}',
    ].join('\n'),
    findings: [{ line: 3, kind: 'token-endpoint', url: '/connect/token' }],
  },
  {
    name: 'URLSearchParams filled in a for...of loop over Object.entries of a module const, then the credentials',
    code: [
      "const FIXED = { grant_type: 'password', client_id: 'spa' };",
      'export function login(user, pass) {',
      '  const body = new URLSearchParams();',
      '  for (const [key, value] of Object.entries(FIXED)) body.append(key, value);',
      "  body.append('username', user);",
      "  body.append('password', pass);",
      "  return fetch('/oauth/token', { method: 'POST', body });",
      '}',
    ].join('\n'),
    findings: [{ line: 7, kind: 'token-endpoint', url: '/oauth/token' }],
  },
  {
    name: 'a grant type set once in the class constructor, read as this.grantType in a method',
    code: [
      'class TokenApi {',
      "  constructor(base) { this.base = base; this.grantType = 'password'; }",
      '  signIn(username, password) {',
      '    return axios.post(`${this.base}/oauth/token`, qs.stringify({ grant_type: this.grantType, username, password }));',
      '  }',
      '}',
    ].join('\n'),
    findings: [{ line: 4, kind: 'token-endpoint' }],
  },
  {
    name: 'a grant type set by a constructor function, read in a method on its prototype',
    code: "function Auth(url) { this.url = url; this.grant = 'password'; }\nAuth.prototype.login = function (u, p) { return $.post(this.url, { grant_type: this.grant, username: u, password: p }); };",
    findings: [{ line: 2, kind: 'unknown' }],
  },
  // ── a file Babel would refuse for a scope error alone is still read
  {
    name: 'a snippet file that declares the same name twice',
    code: [
      "var form = 'grant_type=password&username=' + u + '&password=' + p;",
      "fetch('/Token', { method: 'POST', body: form });",
      "const form = 'unused';",
    ].join('\n'),
    findings: [{ line: 2, kind: 'token-endpoint', url: '/Token' }],
  },
];

const valid: ValidCase[] = [
  // ── class fields and Auth0 grant types that are not the password grant
  { name: 'FormData class field filled with a refresh grant', file: 'a.ts', code: "class R {\n  form = new FormData();\n  refresh(rt: string) {\n    this.form.append('grant_type', 'refresh_token');\n    this.form.append('refresh_token', rt);\n    return this.http.post('/oauth/token', this.form);\n  }\n}" },
  { name: "this.form of another object's function is not the class field", code: "class C {\n  form = new FormData();\n  send() { return this.http.post('/oauth/token', this.form); }\n  wire(other) { other.fill = function () { this.form.append('grant_type', 'password'); this.form.append('username', u); this.form.append('password', p); }; }\n}" },
  { name: "this.form in an object literal's method is that object's", code: "class C {\n  form = new FormData();\n  send() { return this.http.post('/oauth/token', this.form); }\n  wire() { return { form: new FormData(), fill() { this.form.append('grant_type', 'password'); this.form.append('username', u); this.form.append('password', p); } }; }\n}" },
  { name: "Auth0's passwordless OTP grant", code: "axios.post('https://tenant.auth0.com/oauth/token', { grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp', username: email, otp: code, realm: 'email', password: undefined });" },
  // ── a default grant type is a guess, not a fact: left out (the URL's default is read, the body's is not)
  { name: 'Object.assign of client credentials', code: "const base = { grant_type: 'client_credentials' };\naxios.post('/oauth/token', Object.assign({}, base, { client_id: id, client_secret: secret }));" },
  { name: 'Object.assign of a password grant type with no credentials in any object it merges', code: "axios.post('/oauth/token', Object.assign({}, { grant_type: 'password' }, { scope: 'api' }), { auth: { username: id, password: secret } });" },
  { name: 'the refresh member of a grant-type enum', file: 'a.ts', code: "enum GrantType { Password = 'password', Refresh = 'refresh_token' }\naxios.post('/oauth/token', { grant_type: GrantType.Refresh, refresh_token: rt, username: u, password: p });" },
  { name: 'an enum imported from another module is not guessed', file: 'a.ts', code: "import { GrantType } from './grant-type';\naxios.post('/oauth/token', { grant_type: GrantType.Password, username: u, password: p });" },
  { name: 'FormData filled by Object.entries(...).forEach of a refresh body', code: "const fields = { grant_type: 'refresh_token', refresh_token: rt };\nconst form = new FormData();\nObject.entries(fields).forEach(([k, v]) => form.append(k, v));\nform.append('username', u);\nform.append('password', p);\nfetch('/oauth/token', { method: 'POST', body: form });" },
  { name: 'a grant type the class sets in its constructor and changes elsewhere', code: "class T {\n  constructor() { this.grantType = 'password'; }\n  useRefresh() { this.grantType = 'refresh_token'; }\n  send(u, p) { return axios.post('/oauth/token', { grant_type: this.grantType, username: u, password: p }); }\n}" },
  { name: 'this.grant_type in an arrow function takes this from outside', code: "var Auth = { grant_type: 'password' };\nAuth.fetchToken = (url, u, p) => $.post(url, { grant_type: this.grant_type, username: u, password: p });" },
  { name: 'this.grant_type in a plain function not attached to an object', code: "function fetchToken(url, u, p) {\n  return $.post(url, { grant_type: this.grant_type, username: u, password: p });\n}" },
  { name: 'a module object whose method sends its refresh grant', code: "var Auth = { grant_type: 'refresh_token' };\nAuth.renew = function (url, rt) { return $.post(url, { grant_type: this.grant_type, refresh_token: rt, username: u, password: p }); };" },
  { name: 'a grant type that only defaults to password', code: "axios.post('/oauth/token', qs.stringify({ grant_type: options.grantType || 'password', username: u, password: p }));" },
  // ── other grants, also with HTTP Basic `auth: { username, password }` holding the client ID and secret
  { name: 'client_credentials with Basic auth', code: "axios.post('/oauth/token', qs.stringify({ grant_type: 'client_credentials' }), { auth: { username: id, password: secret } });" },
  { name: 'client_credentials, got with username/password options', code: "got.post(url, { form: { grant_type: 'client_credentials' }, username: id, password: secret });" },
  { name: 'client_credentials, URLSearchParams', code: "const p = new URLSearchParams();\np.append('grant_type', 'client_credentials');\np.append('client_id', id);\nfetch('/connect/token', { method: 'POST', body: p });" },
  { name: 'client_credentials via a variable', code: "var grantType = 'client_credentials';\npm.sendRequest({ url, method: 'POST', body: { mode: 'raw', raw: `grant_type=${grantType}&client_id=${id}` } });" },
  { name: 'refresh_token', code: "axios.post('/oauth/token', `grant_type=refresh_token&refresh_token=${rt}`, { auth: { username: id, password: secret } });" },
  { name: 'authorization_code', code: "fetch('/token', { method: 'POST', body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri }) });" },
  { name: 'device code', code: "axios.post(url, { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code, client_id });" },
  { name: 'token exchange', code: "axios.post(url, qs.stringify({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', subject_token, subject_token_type }));" },
  { name: 'password grant type without any user credentials', code: "axios.post('/oauth/token', { grant_type: 'password' }, { auth: { username: id, password: secret } });" },
  // ── HTTP mocks and stubs
  { name: 'nock', code: "nock('https://login.example.com').post('/oauth/token', { grant_type: 'password', username: 'u', password: 'p' }).reply(200, {});" },
  { name: 'fetch-mock', code: "fetchMock.post('/oauth/token', { access_token: 't' }, { body: { grant_type: 'password', username: 'u', password: 'p' } });" },
  { name: 'msw http.post handler', code: "export const handlers = [http.post('*/oauth/token', async ({ request }) => HttpResponse.json({ access_token: 't' }))];" },
  { name: 'msw rest.post handler', code: "rest.post('/token', (req, res, ctx) => (req.body.grant_type === 'password' ? res(ctx.json({ access_token: 't' })) : res(ctx.status(400))));" },
  { name: 'sinon stub withArgs', code: "sinon.stub(axios, 'post').withArgs('/oauth/token', { grant_type: 'password', username: 'u', password: 'p' }).resolves({ data: {} });" },
  { name: 'jest toHaveBeenCalledWith', code: "expect(axios.post).toHaveBeenCalledWith('/oauth/token', { grant_type: 'password', username: 'u', password: 'p' });" },
  { name: 'axios-mock-adapter onPost', code: "mock.onPost('/oauth/token', { grant_type: 'password', username: 'u', password: 'p' }).reply(200, { access_token: 't' });" },
  { name: 'Cypress intercept', code: "cy.intercept('POST', '/oauth/token', { body: { grant_type: 'password', username: 'u', password: 'p' } });" },
  { name: 'testdouble when(fetch(...))', code: "td.when(fetch('/oauth/token', { method: 'POST', body: 'grant_type=password&username=u&password=p' })).thenResolve(ok);" },
  // ── OAuth servers
  { name: 'oauth2-server grants list', code: "const oauth = new OAuth2Server({ model, grants: ['password', 'refresh_token'], requireClientAuthentication: { password: false } });" },
  { name: 'oauth2-server model', code: 'module.exports = { getUser: async (username, password) => User.findOne({ username, password: hash(password) }), saveToken };' },
  { name: 'oauth2-server Request object in a server test', code: "const request = new Request({ body: { grant_type: 'password', username: 'u', password: 'p' }, headers: {}, method: 'POST', query: {} });\nawait oauth.token(request, response);" },
  { name: 'express token endpoint checking the grant type', code: "app.post('/oauth/token', (req, res) => {\n  if (req.body.grant_type === 'password' && check(req.body.username, req.body.password)) res.json({ access_token: 't' });\n});" },
  { name: 'oidc-provider client configuration', code: "const provider = new Provider(issuer, { clients: [{ client_id: 'app', grant_types: ['password', 'refresh_token'] }] });" },
  { name: 'node-mocks-http request', code: "const req = httpMocks.createRequest({ method: 'POST', body: { grant_type: 'password', username: 'u', password: 'p' } });" },
  // ── plain login forms, hashing, comments, unknown grant types, types, loggers, other rules' calls
  { name: 'plain login form without a grant type', code: "axios.post('/api/login', { username, password });\nfetch('/token', { method: 'POST', body: JSON.stringify({ username: 'a', password: 'b' }) });" },
  { name: 'password hashing', code: "const hashed = await bcrypt.hash(password, 10);\ncrypto.pbkdf2(password, salt, 1000, 64, 'sha512', cb);" },
  { name: 'commented-out code', code: "// axios.post('/oauth/token', { grant_type: 'password', username: u, password: p });\n/* fetch(url, { body: 'grant_type=password&username=u&password=p' }) */" },
  { name: 'grant type from a parameter', code: "function token(grantType) {\n  return axios.post('/oauth/token', { grant_type: grantType, username: u, password: p });\n}" },
  { name: 'grant type from the environment', code: "fetch(`${process.env.URL}/services/oauth2/token`, { method: 'POST', body: JSON.stringify({ grant_type: process.env.GRANT_TYPE, username: u, password: p }) });" },
  { name: 'empty grant type (FastAPI forms)', code: "fetch('/api/token', { method: 'POST', body: new URLSearchParams({ grant_type: '', username: u, password: p }) });" },
  {
    name: 'a form encoded by hand whose grant type comes from a parameter',
    code: [
      'export const token = async (opts) => {',
      '  const fields = { grant_type: opts.grantType, username: opts.user, password: opts.pass };',
      '  let form = [];',
      "  for (const key in fields) form.push(key + '=' + encodeURIComponent(fields[key]));",
      "  form = form.join('&');",
      "  return fetch(opts.url, { method: 'POST', body: form });",
      '};',
    ].join('\n'),
  },
  {
    name: 'an OAuth server test handing a received request to the password grant handler',
    code: [
      "const received = { body: { grant_type: 'password', username: 'u', password: 'p' }, headers: {}, method: 'POST', query: {} };",
      'const handler = new PasswordGrantType({ model, accessTokenLifetime: 120 });',
      'await handler.handle(received, client);',
    ].join('\n'),
  },
  {
    name: 'schema validators reading a token request',
    code: [
      "tokenSchema.validate({ grant_type: 'password', username: 'u', password: 'p' });",
      "TokenRequest.safeParse({ grant_type: 'password', username: 'u', password: 'p' });",
    ].join('\n'),
  },
  {
    name: 'a body made by a function whose grant type is its parameter',
    code: "const body = (grant, extra) => ({ grant_type: grant, ...extra });\naxios.post('/oauth/token', qs.stringify(body(kind, { username: u, password: p })));",
  },
  {
    name: 'a let assigned only other grants',
    code: "let form = { grant_type: 'client_credentials' };\nif (refreshing) form = { grant_type: 'refresh_token', refresh_token: rt };\nfetch('/oauth/token', { method: 'POST', body: new URLSearchParams(form) });",
  },
  { name: 'a body only logged', code: "console.log(JSON.stringify({ grant_type: 'password', username: u, password: p }));\nlogger.debug('body', { grant_type: 'password', username: u, password: p });" },
  { name: 'TypeScript types of a password grant', file: 'a.ts', code: "type PasswordGrant = { grant_type: 'password'; username: string; password: string };\ninterface Req { grantType: 'password' }" },
  { name: 'a body stored in localStorage', code: "localStorage.setItem('login', JSON.stringify({ grant_type: 'password', username: u, password: p }));" },
  { name: 'tap / ava assertions', code: "t.same(parse(body), { grant_type: 'password', username: 'u', password: 'p' });\nt.deepEqual(sent, { grant_type: 'password', username: 'u', password: 'p' });" },
  { name: 'a validation schema', code: "const schema = z.object({ grant_type: z.literal('password'), username: z.string(), password: z.string() });" },
  { name: 'a body built but never sent', code: "export const body = qs.stringify({ grant_type: 'password', username: u, password: p });" },
  { name: 'the SDK token method is sdk-password-grant’s', code: "client.postOAuthApiToken({ grant_type: 'password', username: 'u', password: 'p' });" },
  { name: 'openid-client grant is library-password-grant’s', code: "const tokens = await client.grant({ grant_type: 'password', username: u, password: p });" },
  { name: 'keycloak admin client auth is library-password-grant’s', code: "await kcAdminClient.auth({ grantType: 'password', username: 'admin', password: 'admin', clientId: 'admin-cli' });" },
];

function httpFindings(code: string, file = 'case.js') {
  return checkSource(code, file).filter((finding) => finding.rule === RULE);
}

describe(`${RULE}: valid`, () => {
  it.each(valid.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    expect(httpFindings(row.code, row.file)).toEqual([]);
  });
});

describe(`${RULE}: invalid`, () => {
  it.each(invalid.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const findings = httpFindings(row.code, row.file);
    // the URL is compared where the row gives one
    const actual = findings.map((finding, index) => ({
      line: finding.line,
      kind: finding.endpoint?.kind,
      ...(row.findings[index]?.url !== undefined ? { url: finding.endpoint?.url } : {}),
    }));
    expect(actual).toEqual(row.findings);
  });

  it('names the endpoint in the message and keeps credentials out of it', () => {
    const [finding] = httpFindings("axios.post('https://login.mypurecloud.ie/oauth/token', { grant_type: 'password', username: 'bot', password: 'hunter2' });");
    expect(finding.message).toContain('the Genesys Cloud login host (https://login.mypurecloud.ie/oauth/token)');
    expect(finding.message).toContain('`axios.post`');
    expect(finding.message).not.toContain('hunter2');
  });
});
