import { checkSource } from '../src/check/check-source';
import { OAUTH_LIBRARIES } from '../src/check/libraries/index';
import { couldHoldPasswordGrant } from '../src/runner/prefilter';

/**
 * `library-password-grant`, the typescript-eslint way: `valid` code produces no finding of
 * the rule, each `invalid` case exactly the findings listed (line, library). The shapes come
 * from public code (see __testfixtures__/check/real-world-shapes-libraries.md), rewritten.
 */

const RULE = 'library-password-grant';

interface Valid {
  name: string;
  file?: string;
  code: string;
}

interface Invalid extends Valid {
  errors: { line: number; library: string }[];
}

const lines = (...text: string[]) => `${text.join('\n')}\n`;

const valid: Valid[] = [
  // simple-oauth2: the other grants, and getToken of unrelated things
  {
    name: 'simple-oauth2 ClientCredentials',
    code: lines("const { ClientCredentials } = require('simple-oauth2');", 'const cc = new ClientCredentials(config);', "await cc.getToken({ scope: 'api' });"),
  },
  {
    name: 'simple-oauth2 AuthorizationCode',
    file: 'a.ts',
    code: lines("import { AuthorizationCode } from 'simple-oauth2';", 'const client = new AuthorizationCode(config);', 'const token = await client.getToken({ code, redirect_uri });'),
  },
  {
    name: 'simple-oauth2 legacy clientCredentials',
    code: lines("const oauth2 = require('simple-oauth2').create(credentials);", 'oauth2.clientCredentials.getToken({}).then(save);'),
  },
  {
    name: 'simple-oauth2 both classes, the grant chosen at run time',
    file: 'a.ts',
    code: lines(
      "import { ClientCredentials, ResourceOwnerPassword } from 'simple-oauth2';",
      'class S {',
      '  private oauth: ClientCredentials | ResourceOwnerPassword;',
      '  constructor(cfg: Cfg) { this.oauth = cfg.grant === "password" ? new ResourceOwnerPassword(cfg) : new ClientCredentials(cfg); }',
      '  token() { return this.oauth.getToken(this.params); }',
      '}',
    ),
  },
  {
    name: 'simple-oauth2 ResourceOwnerPassword imported, only AuthorizationCode made',
    code: lines("import { AuthorizationCode, ResourceOwnerPassword } from 'simple-oauth2';", 'const client = new AuthorizationCode(config);', 'const url = client.authorizeURL({ redirect_uri, scope });'),
  },
  { name: 'ResourceOwnerPassword made without simple-oauth2', code: lines("import { ResourceOwnerPassword } from './grants';", 'export const client = new ResourceOwnerPassword(config);') },
  { name: 'getToken without simple-oauth2', code: lines('const client = new ResourceOwnerPassword(config);', 'client.getToken({ username, password });') },
  { name: 'a getToken of another library', code: lines("const admin = require('firebase-admin');", 'await admin.app().options.credential.getToken();') },
  // client-oauth2
  {
    name: 'client-oauth2 credentials flow',
    code: lines("const ClientOAuth2 = require('client-oauth2');", 'const auth = new ClientOAuth2({ clientId, clientSecret, accessTokenUri });', 'auth.credentials.getToken().then(use);'),
  },
  {
    name: 'client-oauth2 code flow',
    code: lines("import ClientOAuth2 from 'client-oauth2';", 'const auth = new ClientOAuth2(opts);', 'auth.code.getToken(window.location.href);'),
  },
  { name: 'owner.getToken without client-oauth2', code: lines('store.owner.getToken(user, pass);') },
  // openid-client
  {
    name: 'openid-client client_credentials grant',
    code: lines("const { Issuer } = require('openid-client');", 'const issuer = await Issuer.discover(url);', 'const client = new issuer.Client({ client_id, client_secret });', "await client.grant({ grant_type: 'client_credentials', scope: 'api' });"),
  },
  {
    name: 'openid-client grant type from a variable',
    code: lines("const { Issuer } = require('openid-client');", 'async function token(client, grantType) {', '  return client.grant({ grant_type: grantType, username, password });', '}'),
  },
  {
    name: 'openid-client v6 token exchange',
    file: 'a.ts',
    code: lines("import * as oidc from 'openid-client';", "await oidc.genericGrantRequest(config, 'urn:ietf:params:oauth:grant-type:token-exchange', { subject_token });"),
  },
  {
    name: "a service's own grant({ grant_type: 'password' }) without openid-client",
    file: 'a.ts',
    code: lines('class TokenService {', '  async grant(body: Body) { return this.http.post(this.url, body); }', "  login(u: string, p: string) { return this.grant({ grant_type: 'password', username: u, password: p }); }", '}'),
  },
  // keycloak
  {
    name: 'keycloak-admin-client client_credentials',
    code: lines("const KcAdminClient = require('@keycloak/keycloak-admin-client').default;", 'const kc = new KcAdminClient({ baseUrl });', "await kc.auth({ grantType: 'client_credentials', clientId: id, clientSecret: secret });"),
  },
  {
    name: 'keycloak-admin-client grant type from configuration',
    file: 'a.ts',
    code: lines("import KcAdminClient from '@keycloak/keycloak-admin-client';", 'const kc = new KcAdminClient();', 'await kc.auth(settings.credentials);'),
  },
  { name: "auth({ grantType: 'password' }) of something else", code: lines("const api = require('./api');", "api.auth({ grantType: 'password', username, password });") },
  { name: 'obtainDirectly of something else', code: lines('tokens.obtainDirectly(user, pass);') },
  // badgateway
  {
    name: '@badgateway/oauth2-client client credentials and code',
    file: 'a.ts',
    code: lines("import { OAuth2Client } from '@badgateway/oauth2-client';", 'const client = new OAuth2Client({ server, clientId });', 'await client.clientCredentials();', 'await client.authorizationCode.getToken({ code, redirectUri, codeVerifier });'),
  },
  {
    name: 'a password() call of another object in a file that uses @badgateway',
    file: 'a.ts',
    code: lines("import { OAuth2Client } from '@badgateway/oauth2-client';", "import { z } from 'zod';", 'const schema = z.string().password();', 'form.password();'),
  },
  {
    name: 'fetch-mw-oauth2 v1 client_credentials',
    code: lines("import OAuth2 from 'fetch-mw-oauth2';", "const oauth2 = new OAuth2({ grantType: 'client_credentials', clientId, clientSecret, tokenEndpoint });"),
  },
  // auth0 (node-auth0)
  {
    name: 'auth0 client credentials and code grants',
    code: lines("const { AuthenticationClient } = require('auth0');", 'const auth = new AuthenticationClient({ domain, clientId, clientSecret });', 'await auth.oauth.clientCredentialsGrant({ audience });', 'await auth.oauth.authorizationCodeGrant({ code, redirect_uri });'),
  },
  { name: 'a passwordGrant without the auth0 package', code: lines("import { passwordGrant } from './grants';", 'await api.passwordGrant({ username, password });') },
  // ember-simple-auth
  {
    name: "ember-simple-auth login through the app's own authenticator name (its definition file is what counts)",
    code: lines('export default Controller.extend({', '  actions: { login() { return this.session.authenticate("authenticator:oauth2", this.user, this.pass); } },', '});'),
  },
  {
    name: 'ember-simple-auth login through a torii or JWT authenticator',
    code: lines("this.get('session').authenticate('authenticator:torii', 'github');", "this.session.authenticate('authenticator:jwt', { identification, password });"),
  },
  {
    name: 'ember-simple-auth implicit grant',
    code: lines("import OAuth2ImplicitGrant from 'ember-simple-auth/authenticators/oauth2-implicit-grant';", 'export default OAuth2ImplicitGrant.extend();'),
  },
  {
    name: 'ember-simple-auth password authenticator whose authenticate exchanges a code instead',
    code: lines(
      "import Authenticator from 'ember-simple-auth/authenticators/oauth2-password-grant';",
      'export default Authenticator.extend({',
      '  authenticate(provider) { return this.exchangeCode(provider); },',
      '});',
    ),
  },
  {
    name: 'ember-simple-auth password authenticator whose authenticate only mentions the original in a comment',
    code: lines(
      "import Authenticator from 'ember-simple-auth/authenticators/oauth2-password-grant';",
      'export default Authenticator.extend({',
      '  authenticate(provider) {',
      '    // unlike super.authenticate(identification, password) or this._super(...), this exchanges a code',
      '    return this.exchangeCode(provider);',
      '  },',
      '});',
    ),
  },
  {
    name: "the library's own test creating the authenticator",
    code: lines("import OAuth2PasswordGrant from 'ember-simple-auth/authenticators/oauth2-password-grant';", 'const authenticator = OAuth2PasswordGrant.create();'),
  },
  // angular-oauth2-oidc
  {
    name: 'angular-oauth2-oidc code flow',
    file: 'a.ts',
    code: lines("import { OAuthService } from 'angular-oauth2-oidc';", 'export class A {', '  constructor(private oauthService: OAuthService) {}', '  login() { this.oauthService.initCodeFlow(); }', '}'),
  },
  {
    name: 'a test double of OAuthService',
    file: 'a.spec.ts',
    code: lines(
      "import { OAuthService } from 'angular-oauth2-oidc';",
      'class MockOAuthService implements Partial<OAuthService> {',
      '  fetchTokenUsingPasswordFlow() { return Promise.resolve({}); }',
      '  login() { return this.fetchTokenUsingPasswordFlow(); }',
      '}',
    ),
  },
  {
    name: 'a wrapper of its own with the same method name, without the library',
    file: 'a.ts',
    code: lines('export class TokenService {', '  fetchTokenUsingPasswordFlow(u: string, p: string) { return this.proxy.create(u, p); }', '}', 'new TokenService().fetchTokenUsingPasswordFlow(u, p);'),
  },
  // node-oauth, Microsoft
  {
    name: 'node-oauth authorization code exchange',
    code: lines("const { OAuth2 } = require('oauth');", 'const oauth2 = new OAuth2(id, secret, site, null, "oauth/token", null);', 'oauth2.getOAuthAccessToken(code, { redirect_uri }, done);'),
  },
  {
    name: 'node-oauth client_credentials',
    code: lines("const OAuth = require('oauth');", 'const oauth2 = new OAuth.OAuth2(id, secret, site, null, "oauth2/token", null);', "oauth2.getOAuthAccessToken('', { grant_type: 'client_credentials' }, done);"),
  },
  {
    name: 'msal-node client credentials',
    code: lines("const msal = require('@azure/msal-node');", 'const cca = new msal.ConfidentialClientApplication(config);', 'await cca.acquireTokenByClientCredential({ scopes });'),
  },
  // jsforce: the other grants, a SOAP login, options the file does not show
  {
    name: 'jsforce OAuth2 authorization code and refresh',
    code: lines(
      "const jsforce = require('jsforce');",
      'const oauth2 = new jsforce.OAuth2({ clientId, clientSecret, redirectUri });',
      'const tokens = await oauth2.requestToken(req.query.code);',
      'const renewed = await oauth2.refreshToken(tokens.refresh_token);',
    ),
  },
  {
    name: 'jsforce Connection login without oauth2 options (SOAP login)',
    code: lines("const jsforce = require('jsforce');", "const conn = new jsforce.Connection({ loginUrl: 'https://test.salesforce.com' });", 'await conn.login(env.SF_USER, env.SF_PASS + env.SF_TOKEN);'),
  },
  {
    name: 'jsforce Connection login, oauth2 options without the client secret (SOAP login)',
    file: 'a.ts',
    code: lines("import { Connection } from 'jsforce';", 'const conn = new Connection({ oauth2: { clientId, redirectUri } });', 'await conn.login(user, pass);'),
  },
  {
    name: 'jsforce Connection made from options the file does not show',
    code: lines("const jsforce = require('jsforce');", 'const conn = new jsforce.Connection(settings.salesforce);', 'conn.login(username, password, done);'),
  },
  {
    name: 'jsforce authorize with a code',
    file: 'a.ts',
    code: lines("import * as jsforce from 'jsforce';", 'const conn = new jsforce.Connection({ oauth2: { clientId, clientSecret, redirectUri } });', 'await conn.authorize(code);'),
  },
  { name: 'a login(user, pass) of another client in a jsforce file', code: lines("const jsforce = require('jsforce');", "const ftp = new (require('basic-ftp').Client)();", 'await ftp.login(user, pass);') },
  // nforce
  {
    name: 'nforce authenticate with an authorization code',
    code: lines("const nforce = require('nforce');", "const org = nforce.createConnection({ clientId, clientSecret, redirectUri: 'http://localhost:3000/oauth/_callback' });", 'org.authenticate({ code: req.query.code }, (err, resp) => next(err, resp));'),
  },
  {
    name: 'nforce refresh through refreshToken, and authenticate with the oauth object only',
    code: lines("const nforce = require('nforce');", 'const org = nforce.createConnection({ clientId, clientSecret, redirectUri });', 'await org.refreshToken({ oauth: session.oauth });', 'await org.authenticate({ oauth: session.oauth });'),
  },
  {
    name: 'nforce authenticate with credentials the file does not show',
    code: lines("const nforce = require('nforce');", 'const org = nforce.createConnection(config.salesforce);', 'org.authenticate(config.credentials);'),
  },
  { name: 'passport authenticate in an nforce file', code: lines("const nforce = require('nforce');", "const passport = require('passport');", "app.post('/login', passport.authenticate('local', { failureRedirect: '/login' }));") },
  // axios-oauth-client
  {
    name: 'axios-oauth-client client credentials, authorization code and refresh grants',
    file: 'a.mjs',
    code: lines(
      "import axios from 'axios';",
      "import oauth from 'axios-oauth-client';",
      'const cc = oauth.clientCredentials(axios.create(), tokenUrl, clientId, clientSecret);',
      'const code = oauth.authorizationCode(axios.create(), tokenUrl, clientId, clientSecret, redirectUri);',
      'const refresh = oauth.refreshToken(axios.create(), tokenUrl, clientId, clientSecret);',
    ),
  },
  {
    // the generic client is given the whole body: http-password-grant owns it (one finding)
    name: 'axios-oauth-client client() with grant_type password (reported by http-password-grant)',
    code: lines("const axios = require('axios');", "const { client } = require('axios-oauth-client');", "const getToken = client(axios.create(), { url: tokenUrl, grant_type: 'password', client_id: id, username, password });"),
  },
  { name: 'ownerCredentials without axios-oauth-client', code: lines("const { ownerCredentials } = require('./grants');", 'const login = ownerCredentials(http, url, id, secret, user, pass);') },
  // test doubles and mocked libraries
  {
    name: 'a jest mock of simple-oauth2',
    file: 'a.test.js',
    code: lines(
      "jest.mock('simple-oauth2', () => ({ ResourceOwnerPassword: jest.fn(() => ({ getToken: jest.fn() })) }));",
      "const { ResourceOwnerPassword } = require('simple-oauth2');",
      'new ResourceOwnerPassword({}).getToken({ username: "u", password: "p" });',
    ),
  },
  {
    name: 'a stub of the password flow',
    file: 'a.test.js',
    code: lines("const ClientOAuth2 = require('client-oauth2');", "sinon.stub(ClientOAuth2.prototype, 'owner').value({ getToken: sinon.stub().resolves(token) });"),
  },
  // react-native-auth0: the browser flow, other methods, no password option
  {
    name: 'react-native-auth0 web authorize',
    code: lines("import Auth0 from 'react-native-auth0';", "const auth0 = new Auth0({ domain: 'tenant.auth0.com', clientId: 'abc' });", "await auth0.webAuth.authorize({ scope: 'openid profile' });"),
  },
  {
    name: 'react-native-auth0 refresh and passwordless',
    code: lines("import Auth0 from 'react-native-auth0';", 'const auth0 = new Auth0(settings);', 'await auth0.auth.refreshToken({ refreshToken });', "await auth0.auth.passwordlessWithEmail({ email, send: 'code' });"),
  },
  { name: 'passwordRealm without react-native-auth0', code: lines("import { auth } from './auth';", 'auth.passwordRealm({ username, password, realm });') },
  // RingCentral: the JWT and code flows, login of something else
  {
    name: 'RingCentral SDK JWT login',
    code: lines("const SDK = require('@ringcentral/sdk').SDK;", 'const sdk = new SDK({ server, clientId, clientSecret });', 'const platform = sdk.platform();', 'await platform.login({ jwt: process.env.RC_JWT });'),
  },
  {
    name: 'RingCentral SDK authorization code login',
    file: 'a.ts',
    code: lines("import { SDK } from '@ringcentral/sdk';", 'const sdk = new SDK(options);', 'export const done = (code: string) => sdk.platform().login({ code, redirect_uri: callback });'),
  },
  {
    name: 'a login with a password that is not the RingCentral platform',
    code: lines("const SDK = require('@ringcentral/sdk').SDK;", "const passport = require('passport');", 'req.login({ username, password }, next);', 'passport.authenticate({ username, password });'),
  },
  {
    name: 'RingCentral Extensible JWT authorize',
    file: 'a.ts',
    code: lines("import RingCentral from '@rc-ex/core';", 'const rc = new RingCentral({ server, clientId, clientSecret });', 'await rc.authorize({ jwt: process.env.RC_JWT! });'),
  },
  { name: 'platform login without a RingCentral package', code: lines("const platform = require('./platform');", 'platform.login({ username, password });') },
  // oidc-client-ts: the code-flow sign-ins, the same name elsewhere
  {
    name: 'oidc-client-ts redirect and silent sign-in',
    file: 'a.ts',
    code: lines("import { UserManager } from 'oidc-client-ts';", 'const manager = new UserManager(settings);', 'await manager.signinRedirect();', 'await manager.signinSilent();'),
  },
  { name: 'signinResourceOwnerCredentials without oidc-client-ts', code: lines("import { session } from './session';", 'session.signinResourceOwnerCredentials({ username, password });') },
  // auth0-js: cross-origin login, the redirect and passwordless flows, signup, other clients
  {
    name: 'auth0-js WebAuth login (cross-origin authentication), authorize and passwordless',
    code: lines(
      "import auth0 from 'auth0-js';",
      'const webAuth = new auth0.WebAuth({ domain, clientID, redirectUri, responseType: "token id_token" });',
      "webAuth.login({ realm: 'Username-Password-Authentication', username: email, password: secret }, onError);",
      'webAuth.authorize({ connection: "google-oauth2" });',
      "webAuth.passwordlessStart({ connection: 'email', send: 'code', email }, done);",
      "webAuth.passwordlessLogin({ connection: 'email', email, verificationCode }, done);",
    ),
  },
  {
    name: 'auth0-js signup and popup loginWithCredentials',
    code: lines(
      "const auth0 = require('auth0-js');",
      'const webAuth = new auth0.WebAuth(settings);',
      "webAuth.signup({ connection: 'db', email, password }, done);",
      "webAuth.client.dbConnection.signup({ connection: 'db', email, password }, done);",
      "webAuth.popup.loginWithCredentials({ connection: 'db', username: email, password }, done);",
    ),
  },
  {
    name: 'auth0-js client.login given options the file does not show',
    code: lines("import auth0 from 'auth0-js';", 'const webAuth = new auth0.WebAuth(settings);', 'export const signIn = (options, done) => webAuth.client.login(options, done);'),
  },
  {
    name: 'a client.login of another package in an auth0-js file',
    code: lines("import auth0 from 'auth0-js';", "import { createClient } from 'chat-sdk';", 'const chat = createClient(settings);', 'chat.client.login({ username, password });'),
  },
  { name: 'client.login without auth0-js', code: lines("import { api } from './api';", "api.client.login({ realm: 'db', username, password }, done);") },
  // commercetools: the other flows, the same names elsewhere
  {
    name: 'commercetools ClientBuilder client credentials, anonymous and refresh flows',
    file: 'a.ts',
    code: lines(
      "import { ClientBuilder } from '@commercetools/sdk-client-v2';",
      'export const client = new ClientBuilder()',
      '  .withProjectKey(projectKey)',
      '  .withClientCredentialsFlow(authOptions)',
      '  .withAnonymousSessionFlow(anonymousOptions)',
      '  .withRefreshTokenFlow({ host, projectKey, credentials, refreshToken })',
      '  .withHttpMiddleware(httpOptions)',
      '  .build();',
    ),
  },
  {
    name: 'commercetools SdkAuth client credentials, anonymous and refresh flows',
    code: lines(
      "import SdkAuth from '@commercetools/sdk-auth';",
      'const authClient = new SdkAuth({ host, projectKey, credentials: { clientId, clientSecret }, fetch });',
      'await authClient.clientCredentialsFlow();',
      'await authClient.anonymousFlow(anonymousId);',
      'await authClient.refreshTokenFlow(refreshToken);',
    ),
  },
  {
    name: 'commercetools passwordFlow on an untraced receiver without a password in sight',
    code: lines("import SdkAuth from '@commercetools/sdk-auth';", 'export const login = (auth, credentials) => auth.passwordFlow(credentials);'),
  },
  {
    name: 'a createAuthMiddlewareForPasswordFlow of the file itself',
    code: lines(
      "import { createAuthMiddlewareForClientCredentialsFlow } from '@commercetools/sdk-middleware-auth';",
      'function createAuthMiddlewareForPasswordFlow(options) { return createAuthMiddlewareForClientCredentialsFlow(options); }',
      'export const auth = createAuthMiddlewareForPasswordFlow(settings);',
    ),
  },
  { name: 'withPasswordFlow without a commercetools package', code: lines("import { builder } from './commerce';", 'builder.withPasswordFlow(passwordOptions).build();') },
  // @commercelayer/js-auth: other grant types, a grant type the file does not show
  {
    name: 'commercelayer js-auth client credentials and refresh token',
    file: 'a.ts',
    code: lines(
      "import { authenticate } from '@commercelayer/js-auth';",
      "const guest = await authenticate('client_credentials', { clientId, scope: 'market:code:europe' });",
      "const renewed = await authenticate('refresh_token', { clientId, scope, refreshToken });",
    ),
  },
  {
    name: 'commercelayer js-auth grant type from a parameter',
    file: 'a.ts',
    code: lines("import { authenticate, type GrantType } from '@commercelayer/js-auth';", 'export const token = (grantType: GrantType, options: any) => authenticate(grantType, options);'),
  },
  {
    name: 'commercelayer js-auth v3 getSalesChannelToken without a user',
    code: lines("import { getSalesChannelToken } from '@commercelayer/js-auth';", 'const auth = await getSalesChannelToken({ clientId, endpoint, scope }, undefined);', 'const other = await getSalesChannelToken({ clientId, endpoint, scope });'),
  },
  { name: 'an authenticate password without @commercelayer/js-auth', code: lines("import { authenticate } from './auth';", "authenticate('password', { username, password });") },
  // Spree storefront SDK: refresh and revoke, getToken of something else
  {
    name: 'Spree SDK refreshToken and revokeToken',
    code: lines(
      "const { makeClient } = require('@spree/storefront-api-v2-sdk');",
      "const client = makeClient({ host: 'http://localhost:3000' });",
      'await client.authentication.refreshToken({ refresh_token: refreshToken });',
      'await client.authentication.revokeToken({ token });',
    ),
  },
  {
    name: 'Spree SDK getToken given options the file does not show',
    code: lines("import { makeClient } from '@spree/storefront-api-v2-sdk';", 'const client = makeClient(config);', 'export const login = (params) => client.authentication.getToken(params);'),
  },
  {
    name: 'a getToken with a password that is not the Spree client\'s authentication',
    code: lines(
      "import { makeClient } from '@spree/storefront-api-v2-sdk';",
      "import sdk from 'cms-sdk';",
      'const client = makeClient(config);',
      'sdk.authentication.getToken({ username, password });',
      'session.getToken({ username, password });',
    ),
  },
  { name: 'authentication.getToken without the Spree SDK', code: lines("import { client } from './spree';", 'client.authentication.getToken({ username, password });') },
  // Shopware: integrations, client credentials, the grant chosen at run time
  {
    name: 'shopware-admin-api-client integration and create (password only as a fallback)',
    code: lines(
      "import { createFromIntegration, create } from 'shopware-admin-api-client';",
      'const api = await createFromIntegration(url, accessKeyId, secretAccessKey);',
      'const other = await create(url, idOrUser, secretOrPassword);',
    ),
  },
  {
    name: 'Shopware api-client admin client with client credentials, session data or a configured grant type',
    file: 'a.ts',
    code: lines(
      "import { createAdminAPIClient } from '@shopware/api-client';",
      "const integration = createAdminAPIClient({ baseURL, credentials: { grant_type: 'client_credentials', client_id: id, client_secret: secret } });",
      'const persisted = createAdminAPIClient({ baseURL, sessionData: JSON.parse(saved) });',
      'const configured = createAdminAPIClient({ baseURL, credentials: { grant_type: config.grantType, client_id: "administration", username, password } });',
    ),
  },
  { name: 'createFromPasswordAndLogin without a Shopware package', code: lines("import { createFromPasswordAndLogin } from './shopware';", 'const api = await createFromPasswordAndLogin(url, user, pass);') },
  // ms-rest-azure / @azure/ms-rest-nodeauth: the service-principal and device-code logins
  {
    name: 'ms-rest-azure service principal and interactive logins',
    code: lines("const msRestAzure = require('ms-rest-azure');", 'msRestAzure.loginWithServicePrincipalSecret(clientId, secret, tenant, done);', 'msRestAzure.interactiveLogin(done);', 'const creds = new msRestAzure.ApplicationTokenCredentials(clientId, tenant, secret);'),
  },
  { name: 'loginWithUsernamePassword of an in-house module', code: lines("const auth = require('./auth');", 'await auth.loginWithUsernamePassword(user, pass);') },
  // Object.prototype names are not library methods (a called `toString` once found Object.prototype's)
  {
    name: 'Object.prototype method names in files that load auth0-js, commercetools and ms-rest-azure',
    code: lines(
      "const auth0 = require('auth0-js');",
      "const { ClientBuilder } = require('@commercetools/sdk-client-v2');",
      "const msRestAzure = require('ms-rest-azure');",
      'const text = value.toString(16);',
      'const made = thing.constructor(options);',
      'const own = record.hasOwnProperty(key);',
      'new msRestAzure.toString(1);',
    ),
  },
  { name: 'commented-out library code', code: lines("const ClientOAuth2 = require('client-oauth2');", '// auth.owner.getToken(user, pass);') },
];

const invalid: Invalid[] = [
  {
    name: 'auth0-js WebAuth client.login (password-realm)',
    code: lines(
      "import auth0 from 'auth0-js';",
      "const webAuth = new auth0.WebAuth({ domain: 'tenant.auth0.com', clientID: 'abc' });",
      'export function signIn(email, secret, done) {',
      "  webAuth.client.login({ realm: 'Username-Password-Authentication', username: email, password: secret }, done);",
      '}',
    ),
    errors: [{ line: 4, library: 'auth0-js' }],
  },
  {
    name: 'auth0-js Authentication loginWithDefaultDirectory',
    code: lines("const auth0 = require('auth0-js');", 'const auth = new auth0.Authentication({ domain, clientID });', 'auth.loginWithDefaultDirectory({ username: form.user, password: form.pass }, onToken);'),
    errors: [{ line: 3, library: 'auth0-js' }],
  },
  {
    name: 'auth0-js Authentication login, imported by name, credentials in a const',
    file: 'a.ts',
    code: lines(
      "import { Authentication } from 'auth0-js';",
      'const authentication = new Authentication({ domain, clientID });',
      "const credentials = { realm: 'db', username: user, password: pass };",
      'authentication.login(credentials, (err, result) => save(result));',
    ),
    errors: [{ line: 4, library: 'auth0-js' }],
  },
  {
    name: 'auth0-js client.login on a WebAuth passed in',
    code: lines("import auth0 from 'auth0-js';", 'export const login = (webAuth, username, password, done) =>', "  webAuth.client.login({ realm: 'db', username, password }, done);"),
    errors: [{ line: 3, library: 'auth0-js' }],
  },
  {
    name: 'auth0-js signupAndAuthorize and loginWithResourceOwner',
    code: lines(
      "import auth0 from 'auth0-js';",
      'const webAuth = new auth0.WebAuth(settings);',
      "webAuth.signupAndAuthorize({ connection: 'db', email, password }, done);",
      "webAuth.client.loginWithResourceOwner({ connection: 'db', username, password }, done);",
    ),
    errors: [
      { line: 3, library: 'auth0-js' },
      { line: 4, library: 'auth0-js' },
    ],
  },
  {
    name: 'commercetools sdk-client-v2 ClientBuilder withPasswordFlow',
    file: 'a.ts',
    code: lines(
      "import { ClientBuilder, type PasswordAuthMiddlewareOptions } from '@commercetools/sdk-client-v2';",
      'export function customerClient(username: string, password: string) {',
      '  const options: PasswordAuthMiddlewareOptions = { host, projectKey, credentials: { clientId, clientSecret, user: { username, password } }, scopes, fetch };',
      '  return new ClientBuilder().withProjectKey(projectKey).withPasswordFlow(options).withHttpMiddleware(httpOptions).build();',
      '}',
    ),
    errors: [{ line: 4, library: '@commercetools/sdk-client-v2' }],
  },
  {
    name: 'commercetools ts-client withPasswordFlow on a builder in a const',
    file: 'a.ts',
    code: lines(
      "import { ClientBuilder } from '@commercetools/ts-client';",
      'const builder = new ClientBuilder();',
      'export const client = builder.withPasswordFlow({ host, projectKey, credentials: { clientId, clientSecret, user: { username: env.USER, password: env.PASS } }, httpClient: fetch }).build();',
    ),
    errors: [{ line: 3, library: '@commercetools/ts-client' }],
  },
  {
    name: 'commercetools sdk-middleware-auth createAuthMiddlewareForPasswordFlow',
    code: lines(
      "const { createClient } = require('@commercetools/sdk-client');",
      "const { createAuthMiddlewareForPasswordFlow } = require('@commercetools/sdk-middleware-auth');",
      'const client = createClient({ middlewares: [createAuthMiddlewareForPasswordFlow({ host, projectKey, credentials: { clientId, clientSecret, user } }), http] });',
    ),
    errors: [{ line: 3, library: '@commercetools/sdk-middleware-auth' }],
  },
  {
    name: 'commercetools sdk-client-v2 createAuthForPasswordFlow',
    file: 'a.ts',
    code: lines(
      "import { createAuthForPasswordFlow, type Middleware } from '@commercetools/sdk-client-v2';",
      'export const passwordAuth = (email: string, password: string): Middleware =>',
      '  createAuthForPasswordFlow({ host, projectKey, credentials: { clientId, clientSecret, user: { username: email, password } }, scopes, fetch });',
    ),
    errors: [{ line: 3, library: '@commercetools/sdk-client-v2' }],
  },
  {
    name: 'commercetools sdk-auth customerPasswordFlow and clientPasswordFlow',
    code: lines(
      "import SdkAuth from '@commercetools/sdk-auth';",
      'const authClient = new SdkAuth({ host, projectKey, credentials: { clientId, clientSecret }, fetch });',
      'const customer = await authClient.customerPasswordFlow({ username: email, password }, { disableRefreshToken: false });',
      'const merchant = await authClient.clientPasswordFlow({ username: admin, password: adminPassword });',
    ),
    errors: [
      { line: 3, library: '@commercetools/sdk-auth' },
      { line: 4, library: '@commercetools/sdk-auth' },
    ],
  },
  {
    name: 'commercelayer js-auth authenticate password (v5 and later)',
    file: 'a.ts',
    code: lines(
      "import { authenticate } from '@commercelayer/js-auth';",
      'export async function signIn(email: string, password: string) {',
      "  return authenticate('password', { clientId, scope: 'market:code:europe', username: email, password });",
      '}',
    ),
    errors: [{ line: 3, library: '@commercelayer/js-auth' }],
  },
  {
    name: 'commercelayer js-auth v4 authentication with the grant type in a const',
    code: lines("const { authentication } = require('@commercelayer/js-auth');", "const GRANT = 'password';", 'const token = await authentication(GRANT, { slug, clientId, domain, username, password, scope });'),
    errors: [{ line: 3, library: '@commercelayer/js-auth' }],
  },
  {
    name: 'commercelayer js-auth v3 getCustomerToken and getSalesChannelToken with a user',
    code: lines(
      "import CLayerAuth, { getSalesChannelToken } from '@commercelayer/js-auth';",
      'const customer = await CLayerAuth.getCustomerToken({ clientId, endpoint, scope }, { username: email, password });',
      'const logged = await getSalesChannelToken({ clientId, endpoint, scope }, user);',
    ),
    errors: [
      { line: 2, library: '@commercelayer/js-auth' },
      { line: 3, library: '@commercelayer/js-auth' },
    ],
  },
  {
    name: 'Spree SDK client.authentication.getToken',
    code: lines(
      "import { makeClient } from '@spree/storefront-api-v2-sdk';",
      "const client = makeClient({ host: 'http://localhost:3000' });",
      'const token = await client.authentication.getToken({ username: email, password });',
    ),
    errors: [{ line: 3, library: '@spree/storefront-api-v2-sdk' }],
  },
  {
    name: 'Spree SDK getToken with a credentials const, client passed in',
    file: 'a.ts',
    code: lines(
      "import type { Client } from '@spree/storefront-api-v2-sdk';",
      'export async function login(client: Client, email: string, password: string) {',
      '  const credentials = { username: email, password };',
      '  return client.authentication.getToken(credentials);',
      '}',
    ),
    errors: [{ line: 4, library: '@spree/storefront-api-v2-sdk' }],
  },
  {
    name: 'Shopware api-client createAdminAPIClient with password credentials',
    file: 'a.ts',
    code: lines(
      "import { createAdminAPIClient } from '@shopware/api-client';",
      'export const adminApiClient = createAdminAPIClient({',
      '  baseURL: `${process.env.SHOP_URL}/api`,',
      "  credentials: { grant_type: 'password', client_id: 'administration', scopes: 'write', username: process.env.ADMIN_USER, password: process.env.ADMIN_PASS },",
      '});',
    ),
    errors: [{ line: 2, library: '@shopware/api-client' }],
  },
  {
    name: 'Shopware api-client credentials in a const',
    file: 'a.ts',
    code: lines(
      "import { createAdminAPIClient } from '@shopware/api-client';",
      "const credentials = { grant_type: 'password' as const, client_id: 'administration', scopes: 'write', username, password };",
      'const client = createAdminAPIClient({ baseURL, credentials });',
    ),
    errors: [{ line: 3, library: '@shopware/api-client' }],
  },
  {
    name: 'shopware-admin-api-client createFromPasswordAndLogin',
    file: 'a.mjs',
    code: lines("import { createFromPasswordAndLogin, Criteria } from 'shopware-admin-api-client';", 'const api = await createFromPasswordAndLogin(process.env.SHOP_URL, process.env.ADMIN_USER, process.env.ADMIN_PASS);'),
    errors: [{ line: 2, library: 'shopware-admin-api-client' }],
  },
  {
    name: 'shopware-admin-api createFromPasswordAndLogin through require',
    code: lines("const shopware = require('shopware-admin-api');", "shopware.createFromPasswordAndLogin('http://localhost', 'admin', secret, 3).then(run);"),
    errors: [{ line: 2, library: 'shopware-admin-api' }],
  },
  {
    name: 'oidc-client-ts UserManager signinResourceOwnerCredentials',
    file: 'a.ts',
    code: lines(
      "import { UserManager } from 'oidc-client-ts';",
      "const manager = new UserManager({ authority, client_id: 'spa', redirect_uri: location.origin });",
      'export const signIn = (username: string, password: string) => manager.signinResourceOwnerCredentials({ username, password });',
    ),
    errors: [{ line: 3, library: 'oidc-client-ts' }],
  },
  {
    name: 'react-oidc-context useAuth().signinResourceOwnerCredentials',
    file: 'a.tsx',
    code: lines(
      "import { useAuth } from 'react-oidc-context';",
      'export function Form() {',
      '  const auth = useAuth();',
      '  return <form onSubmit={() => auth.signinResourceOwnerCredentials({ username: user, password: pass })} />;',
      '}',
    ),
    errors: [{ line: 4, library: 'react-oidc-context' }],
  },
  {
    name: 'oidc-client-ts OidcClient processResourceOwnerPasswordCredentials',
    code: lines("const { OidcClient } = require('oidc-client-ts');", 'const client = new OidcClient(settings);', 'client.processResourceOwnerPasswordCredentials({ username: u, password: p, skipUserInfo: true });'),
    errors: [{ line: 3, library: 'oidc-client-ts' }],
  },
  {
    name: 'react-native-auth0 auth.passwordRealm',
    code: lines(
      "import Auth0 from 'react-native-auth0';",
      "const auth0 = new Auth0({ domain: 'tenant.auth0.com', clientId: 'abc' });",
      'export function signIn(email, secret) {',
      "  return auth0.auth.passwordRealm({ username: email, password: secret, realm: 'Username-Password-Authentication' });",
      '}',
    ),
    errors: [{ line: 4, library: 'react-native-auth0' }],
  },
  {
    name: 'react-native-auth0 v5 hook loginWithPasswordRealm',
    file: 'a.tsx',
    code: lines(
      "import { useAuth0 } from 'react-native-auth0';",
      'export function Login() {',
      '  const { loginWithPasswordRealm } = useAuth0();',
      "  const submit = () => loginWithPasswordRealm({ username: name, password: pass, realm: 'db' });",
      '  return <Button onPress={submit} />;',
      '}',
    ),
    errors: [{ line: 4, library: 'react-native-auth0' }],
  },
  {
    name: 'RingCentral SDK platform login with a password (platform in a const)',
    code: lines(
      "const SDK = require('@ringcentral/sdk').SDK;",
      'const sdk = new SDK({ server: SDK.server.sandbox, clientId: id, clientSecret: secret });',
      'const platform = sdk.platform();',
      'platform.login({ username: process.env.RC_USER, extension: "", password: process.env.RC_PASS });',
    ),
    errors: [{ line: 4, library: '@ringcentral/sdk' }],
  },
  {
    name: 'legacy ringcentral package, chained platform() and options in a const',
    code: lines(
      "const RingCentral = require('ringcentral');",
      'const rc = new RingCentral({ server, appKey, appSecret });',
      'const credentials = { username: user, password: pass };',
      'module.exports = () => rc.platform().login(credentials);',
    ),
    errors: [{ line: 4, library: 'ringcentral' }],
  },
  {
    name: 'RingCentral platform held on this',
    file: 'a.ts',
    code: lines(
      "import { SDK } from '@ringcentral/sdk';",
      'export class Phone {',
      '  constructor(private platform: ReturnType<SDK["platform"]>) {}',
      '  connect(username: string, password: string) {',
      '    return this.platform.login({ username, password });',
      '  }',
      '}',
    ),
    errors: [{ line: 5, library: '@ringcentral/sdk' }],
  },
  {
    name: 'RingCentral Extensible authorize with a password',
    file: 'a.ts',
    code: lines("import RingCentral from '@rc-ex/core';", 'const rc = new RingCentral({ server, clientId, clientSecret });', 'await rc.authorize({ username: env.USER, extension: env.EXT, password: env.PASS });'),
    errors: [{ line: 3, library: '@rc-ex/core' }],
  },
  {
    name: 'simple-oauth2 ResourceOwnerPassword (named import)',
    file: 'a.ts',
    code: lines("import { ResourceOwnerPassword } from 'simple-oauth2';", 'const client = new ResourceOwnerPassword(options);', 'const { token } = await client.getToken({ username, password, scope: "read" });'),
    errors: [{ line: 3, library: 'simple-oauth2' }],
  },
  {
    name: 'simple-oauth2 ResourceOwnerPassword as a module-level export used in another function',
    code: lines("import { ResourceOwnerPassword } from 'simple-oauth2';", 'export const mv = new ResourceOwnerPassword(config);', 'export async function token() {', '  return mv.getToken({ username: process.env.U, password: process.env.P });', '}'),
    errors: [{ line: 4, library: 'simple-oauth2' }],
  },
  {
    name: 'simple-oauth2 ResourceOwnerPassword made and exported, its getToken in another module',
    file: 'a.ts',
    code: lines("import { ResourceOwnerPassword, ModuleOptions } from 'simple-oauth2';", 'const options: ModuleOptions = readSettings();', 'export const ownerClient = new ResourceOwnerPassword(options);'),
    errors: [{ line: 3, library: 'simple-oauth2' }],
  },
  {
    name: 'simple-oauth2 ResourceOwnerPassword on a class field',
    file: 'a.ts',
    code: lines(
      "import { ResourceOwnerPassword } from 'simple-oauth2';",
      'export class Concourse {',
      '  private oauth = new ResourceOwnerPassword({ client: { id: "fly", secret: "x" }, auth: { tokenHost } });',
      '  auth() { return this.oauth.getToken({ username: this.user, password: this.pass }); }',
      '}',
    ),
    errors: [{ line: 4, library: 'simple-oauth2' }],
  },
  {
    name: 'simple-oauth2 legacy create().ownerPassword',
    code: lines("const oauth2 = require('simple-oauth2').create(credentials);", 'oauth2.ownerPassword.getToken({ username, password }).then(save);'),
    errors: [{ line: 2, library: 'simple-oauth2' }],
  },
  {
    name: 'simple-oauth2 legacy, client kept on another object',
    code: lines("const simpleoauth2 = require('simple-oauth2');", 'Conn.prototype.login = function () {', '  that.oauth2 = simpleoauth2.create(credentials);', '  return that.oauth2.ownerPassword.getToken(config);', '};'),
    errors: [{ line: 4, library: 'simple-oauth2' }],
  },
  {
    name: 'simple-oauth2 v0 password.getToken',
    code: lines("const oauth2 = require('simple-oauth2')({ clientID, clientSecret, site });", 'oauth2.password.getToken({ username, password }, callback);'),
    errors: [{ line: 2, library: 'simple-oauth2' }],
  },
  {
    name: 'client-oauth2 owner.getToken',
    code: lines("const ClientOAuth2 = require('client-oauth2');", 'const auth = new ClientOAuth2({ clientId, accessTokenUri });', 'auth.owner.getToken(config.username, config.password).then(done);'),
    errors: [{ line: 3, library: 'client-oauth2' }],
  },
  {
    name: 'client-oauth2 on a class field (Angular component)',
    file: 'a.ts',
    code: lines(
      "import ClientOAuth2 from 'client-oauth2';",
      'export class LoginPage {',
      '  private auth = new ClientOAuth2({ clientId: "app", accessTokenUri: "/oauth/token" });',
      '  async submit() { return this.auth.owner.getToken(this.form.value.user, this.form.value.password); }',
      '}',
    ),
    errors: [{ line: 4, library: 'client-oauth2' }],
  },
  {
    name: 'client-oauth2, client held by an untyped field',
    code: lines("const ClientOAuth2 = require('client-oauth2');", 'class Psa {', '  async signIn() { const token = await this.psaAuth.owner.getToken(this.username, this.password); }', '}'),
    errors: [{ line: 3, library: 'client-oauth2' }],
  },
  {
    name: 'openid-client grant password (v5)',
    code: lines("const { Issuer } = require('openid-client');", 'const issuer = await Issuer.discover(process.env.ISSUER);', 'const client = new issuer.Client({ client_id: "app" });', "const tokens = await client.grant({ grant_type: 'password', username, password, scope: 'openid' });"),
    errors: [{ line: 4, library: 'openid-client' }],
  },
  {
    name: 'openid-client grant with a body built in a const',
    file: 'a.mjs',
    code: lines("import { Issuer } from 'openid-client';", "const body = { grant_type: 'password', username: 'admin', password: 'admin' };", 'export const login = (client) => client.grant(body);'),
    errors: [{ line: 3, library: 'openid-client' }],
  },
  {
    name: 'openid-client v6 genericGrantRequest (namespace import)',
    file: 'a.ts',
    code: lines("import * as client from 'openid-client';", 'const config = await client.discovery(server, clientId);', "const grant = await client.genericGrantRequest(config, 'password', { username: 'test', password: 'test' });"),
    errors: [{ line: 3, library: 'openid-client' }],
  },
  {
    name: 'openid-client v6 genericGrantRequest (named import)',
    file: 'a.ts',
    code: lines("import { discovery, genericGrantRequest } from 'openid-client';", 'export function directGrant(email: string, password: string) {', "  return genericGrantRequest(oidcConfig, 'password', { username: email, password });", '}'),
    errors: [{ line: 3, library: 'openid-client' }],
  },
  {
    name: 'oauth4webapi genericGrantRequest',
    file: 'a.ts',
    code: lines("import * as oauth from 'oauth4webapi';", "const response = await oauth.genericGrantRequest(as, client, clientAuth, 'password', new URLSearchParams({ username, password }));"),
    errors: [{ line: 2, library: 'oauth4webapi' }],
  },
  {
    name: 'keycloak-admin-client auth with the password grant',
    code: lines("const KcAdminClient = require('@keycloak/keycloak-admin-client').default;", 'const kcAdminClient = new KcAdminClient({ baseUrl, realmName: "master" });', "await kcAdminClient.auth({ username: 'admin', password: process.env.KC_PW, grantType: 'password', clientId: 'admin-cli' });"),
    errors: [{ line: 3, library: '@keycloak/keycloak-admin-client' }],
  },
  {
    name: 'keycloak-admin-client auth with the grant type from a string enum of the file',
    file: 'kc.ts',
    code: lines(
      "import KcAdminClient from '@keycloak/keycloak-admin-client';",
      "enum Grant { Password = 'password', Client = 'client_credentials' }",
      'const kc = new KcAdminClient({ baseUrl });',
      "await kc.auth({ grantType: Grant.Password, username: 'admin', password: env.KC_PW, clientId: 'admin-cli' });",
    ),
    errors: [{ line: 4, library: '@keycloak/keycloak-admin-client' }],
  },
  {
    name: 'keycloak-admin-client on a class field assigned in the constructor',
    file: 'a.ts',
    code: lines(
      "import KcAdminClient from '@keycloak/keycloak-admin-client';",
      'export class KeycloakAdminService {',
      '  private client: KcAdminClient;',
      '  constructor() { this.client = new KcAdminClient({ baseUrl: process.env.KC_URL }); }',
      "  async authenticate() { await this.client.auth({ username: 'u', password: 'p', grantType: 'password', clientId: 'admin-cli' }); }",
      '}',
    ),
    errors: [{ line: 5, library: '@keycloak/keycloak-admin-client' }],
  },
  {
    name: 'keycloak-admin (the old package) with .default on new',
    file: 'a.mjs',
    code: lines("import KeycloakAdminClient from 'keycloak-admin';", 'export const admin = async () => {', '  const kc = new KeycloakAdminClient.default({ baseUrl });', "  await kc.auth({ username: 'user', password: 'user', grantType: 'password', clientId: 'admin-cli' });", '  return kc;', '};'),
    errors: [{ line: 4, library: 'keycloak-admin' }],
  },
  {
    name: 'keycloak-connect grantManager.obtainDirectly (instance from a config module)',
    code: lines("const { getKeycloak } = require('../config/keycloak');", 'const keycloak = getKeycloak();', "router.post('/login', (req, res) => {", '  keycloak.grantManager.obtainDirectly(req.body.username, req.body.password).then((grant) => res.json(grant));', '});'),
    errors: [{ line: 4, library: 'keycloak-connect' }],
  },
  {
    name: 'keycloak-connect GrantManager constructed from the package',
    code: lines("const GrantManager = require('keycloak-connect/middleware/auth-utils/grant-manager');", 'const manager = new GrantManager(config);', 'const grant = await manager.obtainDirectly(adminId, adminPassword, undefined, "openid");'),
    errors: [{ line: 3, library: 'keycloak-connect' }],
  },
  {
    name: '@badgateway/oauth2-client password',
    file: 'a.ts',
    code: lines("import { OAuth2Client } from '@badgateway/oauth2-client';", 'const oauthClient = new OAuth2Client({ server, clientId });', 'export const login = (username: string, password: string) => oauthClient.password({ username, password });'),
    errors: [{ line: 3, library: '@badgateway/oauth2-client' }],
  },
  {
    name: '@badgateway/oauth2-client password inside OAuth2Fetch getNewToken, client on a field',
    file: 'a.ts',
    code: lines(
      "import { OAuth2Client, OAuth2Fetch } from '@badgateway/oauth2-client';",
      'export class Api {',
      '  constructor(private client: OAuth2Client) {}',
      '  request(user: string, pass: string) {',
      '    return new OAuth2Fetch({ client: this.client, getNewToken: async () => this.client.password({ username: user, password: pass }) });',
      '  }',
      '}',
    ),
    errors: [{ line: 5, library: '@badgateway/oauth2-client' }],
  },
  {
    name: 'fetch-mw-oauth2 v1 constructor with the password grant',
    code: lines("import OAuth2 from 'fetch-mw-oauth2';", "const oauth2 = new OAuth2({ grantType: 'password', clientId: 'app', userName: user, password: pass, tokenEndpoint });"),
    errors: [{ line: 2, library: 'fetch-mw-oauth2' }],
  },
  {
    name: 'ember-simple-auth OAuth2PasswordGrant.extend',
    code: lines("import OAuth2PasswordGrant from 'ember-simple-auth/authenticators/oauth2-password-grant';", 'export default OAuth2PasswordGrant.extend({', '  serverTokenEndpoint: `${config.apiHost}/token`,', '});'),
    errors: [{ line: 2, library: 'ember-simple-auth' }],
  },
  {
    name: 'ember-simple-auth class extends, authenticate calling super',
    code: lines(
      "import OAuth2PasswordGrant from 'ember-simple-auth/authenticators/oauth2-password-grant';",
      'export default class Oauth2 extends OAuth2PasswordGrant {',
      '  serverTokenEndpoint = "/oauth/token";',
      '  authenticate(...args) { return super.authenticate(...args); }',
      '}',
    ),
    errors: [{ line: 2, library: 'ember-simple-auth' }],
  },
  {
    name: 'ember-simple-auth classic extend whose authenticate calls this._super, spelled with an escape',
    code: lines(
      "import OAuth2PasswordGrant from 'ember-simple-auth/authenticators/oauth2-password-grant';",
      'export default OAuth2PasswordGrant.extend({',
      '  authenticate(...args) { this.set("busy", true); return this.\\u005fsuper(...args); },',
      '});',
    ),
    errors: [{ line: 2, library: 'ember-simple-auth' }],
  },
  {
    name: 'auth0 AuthenticationClient oauth.passwordGrant (v3+)',
    file: 'a.ts',
    code: lines("import { AuthenticationClient } from 'auth0';", 'const auth0 = new AuthenticationClient({ domain: env.DOMAIN, clientId: env.CLIENT_ID, clientSecret: env.SECRET });', 'export const signIn = (username: string, password: string) =>', "  auth0.oauth.passwordGrant({ username, password, realm: 'Username-Password-Authentication' });"),
    errors: [{ line: 4, library: 'auth0' }],
  },
  {
    name: 'auth0 v2 passwordGrant with a callback, the client built from the package namespace',
    code: lines("const auth0 = require('auth0');", 'const client = new auth0.AuthenticationClient({ domain, clientId });', 'client.passwordGrant({ username: email, password: secret }, (err, result) => done(err, result));'),
    errors: [{ line: 3, library: 'auth0' }],
  },
  {
    name: 'ember-simple-auth login through the password grant authenticator by name',
    code: lines('export default Route.extend({', "  actions: { signIn() { return this.get('session').authenticate('authenticator:oauth2-password-grant', this.getProperties('identification', 'password')); } },", '});'),
    errors: [{ line: 2, library: 'ember-simple-auth' }],
  },
  {
    name: "ember-simple-auth before 1.0: the built-in 'simple-auth-authenticator:oauth2-password-grant'",
    code: lines("const credentials = this.getProperties('identification', 'password');", "this.get('session').authenticate('simple-auth-authenticator:oauth2-password-grant', credentials);"),
    errors: [{ line: 2, library: 'ember-simple-auth' }],
  },
  {
    name: 'ember-simple-auth re-export as the app authenticator',
    code: lines("export { default } from 'ember-simple-auth/authenticators/oauth2-password-grant';"),
    errors: [{ line: 1, library: 'ember-simple-auth' }],
  },
  {
    name: 'angular-oauth2-oidc on an injected OAuthService',
    file: 'a.ts',
    code: lines(
      "import { OAuthService } from 'angular-oauth2-oidc';",
      'export class LoginService {',
      '  constructor(private oAuthService: OAuthService) {}',
      '  signIn(c: Credentials) { return this.oAuthService.fetchTokenUsingPasswordFlowAndLoadUserProfile(c.username, c.password); }',
      '}',
    ),
    errors: [{ line: 4, library: 'angular-oauth2-oidc' }],
  },
  {
    name: 'angular-oauth2-oidc inside rxjs from()',
    file: 'a.ts',
    code: lines("import { OAuthService } from 'angular-oauth2-oidc';", 'export class AuthService {', '  constructor(private oauthService: OAuthService) {}', '  login(u: string, p: string) { return from(this.oauthService.fetchTokenUsingPasswordFlow(u, p, new HttpHeaders())); }', '}'),
    errors: [{ line: 4, library: 'angular-oauth2-oidc' }],
  },
  {
    name: 'node-oauth password grant',
    code: lines("const { OAuth2 } = require('oauth');", 'const oauth2 = new OAuth2(id, secret, site, null, "oauth/token", null);', "oauth2.getOAuthAccessToken('', { grant_type: 'password', username, password }, (err, token) => done(err, token));"),
    errors: [{ line: 3, library: 'oauth' }],
  },
  {
    name: 'msal-node acquireTokenByUsernamePassword',
    code: lines("const msal = require('@azure/msal-node');", 'const pca = new msal.PublicClientApplication(config);', 'const result = await pca.acquireTokenByUsernamePassword({ scopes, username, password });'),
    errors: [{ line: 3, library: '@azure/msal-node' }],
  },
  {
    name: 'adal-node acquireTokenWithUsernamePassword',
    code: lines("const { AuthenticationContext } = require('adal-node');", 'const context = new AuthenticationContext(authority);', 'context.acquireTokenWithUsernamePassword(resource, user, pass, clientId, callback);'),
    errors: [{ line: 3, library: 'adal-node' }],
  },
  {
    name: 'ms-rest-azure loginWithUsernamePassword with a callback, inside a function',
    code: lines("const MsRest = require('ms-rest-azure');", 'function azureLogin(name, secret) {', "  const user = name || '';", '  MsRest.loginWithUsernamePassword(user, secret, (err, credentials) => done(err, credentials));', '}'),
    errors: [{ line: 4, library: 'ms-rest-azure' }],
  },
  {
    name: '@azure/ms-rest-nodeauth loginWithUsernamePasswordWithAuthResponse, imported by name',
    file: 'a.ts',
    code: lines("import { loginWithUsernamePasswordWithAuthResponse } from '@azure/ms-rest-nodeauth';", 'const { credentials } = await loginWithUsernamePasswordWithAuthResponse(env.AZ_USER, env.AZ_PASS, { domain });'),
    errors: [{ line: 2, library: '@azure/ms-rest-nodeauth' }],
  },
  {
    name: 'ms-rest-azure new UserTokenCredentials',
    code: lines("const msRestAzure = require('ms-rest-azure');", 'const credentials = new msRestAzure.UserTokenCredentials(clientId, domain, user, pass);'),
    errors: [{ line: 2, library: 'ms-rest-azure' }],
  },
  {
    name: 'nforce8 (the nforce fork) authenticate with a username',
    code: lines("const nforce = require('nforce8');", 'const org = nforce.createConnection({ clientId, clientSecret, redirectUri });', 'org.authenticate({ username: env.SF_USER, password: env.SF_PASS }).then(run);'),
    errors: [{ line: 3, library: 'nforce' }],
  },
  {
    name: '@azure/identity UsernamePasswordCredential',
    file: 'a.ts',
    code: lines("import { UsernamePasswordCredential } from '@azure/identity';", 'const credential = new UsernamePasswordCredential(tenantId, clientId, username, password);'),
    errors: [{ line: 2, library: '@azure/identity' }],
  },
  {
    // Two connections: only following each receiver's declaration tells which login is OAuth.
    name: 'jsforce: of two connections, the login on the one with oauth2 options (awaited construction)',
    code: lines(
      "const jsforce = require('jsforce');",
      "const soap = new jsforce.Connection({ loginUrl: 'https://login.salesforce.com' });",
      'const conn = await new jsforce.Connection({ oauth2: { clientId: env.ID, clientSecret: env.SECRET } });',
      'const api = conn;',
      'await soap.login(env.SOAP_USER, env.SOAP_PASS);',
      'await api.login(env.SF_USER, env.SF_PASS);',
    ),
    errors: [{ line: 6, library: 'jsforce' }],
  },
  {
    name: 'nforce: of two connections, authenticate() on the one whose options hold the username',
    code: lines(
      "const nforce = require('nforce');",
      'const web = nforce.createConnection({ clientId, clientSecret, redirectUri });',
      'const batch = nforce.createConnection({ clientId, clientSecret, redirectUri, username: env.SF_USER, password: env.SF_PASS });',
      'const org = batch;',
      'web.authenticate();',
      'org.authenticate();',
    ),
    errors: [{ line: 6, library: 'nforce' }],
  },
  {
    name: 'jsforce OAuth2 authenticate (username-password flow)',
    code: lines("const jsforce = require('jsforce');", 'const oauth2 = new jsforce.OAuth2({ loginUrl, clientId: env.SF_ID, clientSecret: env.SF_SECRET });', 'const token = await oauth2.authenticate(env.SF_USER, env.SF_PASSWORD + env.SF_TOKEN);'),
    errors: [{ line: 3, library: 'jsforce' }],
  },
  {
    name: 'jsforce Connection with oauth2 options, login',
    file: 'a.ts',
    code: lines(
      "import { Connection } from 'jsforce';",
      'export async function salesforce(user: string, pass: string) {',
      '  const conn = new Connection({ oauth2: { loginUrl: env.SF_URL, clientId: env.SF_ID, clientSecret: env.SF_SECRET } });',
      '  await conn.login(user, pass);',
      '  return conn;',
      '}',
    ),
    errors: [{ line: 4, library: 'jsforce' }],
  },
  {
    name: 'jsforce Connection given an OAuth2 client, login on a class field',
    file: 'a.ts',
    code: lines(
      "import * as jsforce from 'jsforce';",
      'const oauth2 = new jsforce.OAuth2({ clientId: cfg.id, clientSecret: cfg.secret });',
      'export class Crm {',
      '  private conn = new jsforce.Connection({ oauth2, version: "58.0" });',
      '  connect() { return this.conn.login(cfg.user, cfg.password); }',
      '}',
    ),
    errors: [{ line: 5, library: 'jsforce' }],
  },
  {
    name: 'jsforce loginByOAuth2',
    code: lines("const jsforce = require('jsforce');", 'const sf = new jsforce.Connection({ oauth2: oauthSettings });', 'sf.loginByOAuth2(process.env.SF_USER, process.env.SF_PASSWORD).then(ready);'),
    errors: [{ line: 3, library: 'jsforce' }],
  },
  {
    name: '@jsforce/jsforce-node connection oauth2 authenticate',
    file: 'a.ts',
    code: lines("import { Connection } from '@jsforce/jsforce-node';", 'const conn = new Connection({ oauth2: { clientId, clientSecret } });', 'const res = await conn.oauth2.authenticate(username, password);'),
    errors: [{ line: 3, library: '@jsforce/jsforce-node' }],
  },
  {
    name: 'nforce authenticate with username and password',
    code: lines("const nforce = require('nforce');", "const org = nforce.createConnection({ clientId, clientSecret, redirectUri, mode: 'single' });", 'org.authenticate({ username: process.env.SF_USER, password: process.env.SF_PASS, securityToken }, (err) => start(err));'),
    errors: [{ line: 3, library: 'nforce' }],
  },
  {
    name: 'nforce username in the connection options, authenticate with a callback',
    file: 'a.mjs',
    code: lines("import nforce from 'nforce';", 'const org = nforce.createConnection({ clientId, clientSecret, redirectUri, username: env.SF_USER, password: env.SF_PASS });', 'export const login = () => org.authenticate();'),
    errors: [{ line: 3, library: 'nforce' }],
  },
  {
    name: 'nforce authenticate with a credentials const, connection passed in',
    code: lines("const nforce = require('nforce');", 'const creds = { username: user.email, password: user.secret };', 'module.exports = async (org) => org.authenticate(creds);'),
    errors: [{ line: 3, library: 'nforce' }],
  },
  {
    name: 'axios-oauth-client ownerCredentials (default export)',
    file: 'a.mjs',
    code: lines("import axios from 'axios';", "import oauth from 'axios-oauth-client';", "const getToken = oauth.ownerCredentials(axios.create(), 'https://auth.example.com/oauth/token', clientId, clientSecret, username, password, 'api');"),
    errors: [{ line: 3, library: 'axios-oauth-client' }],
  },
  {
    name: 'axios-oauth-client ownerCredentials imported by name, credentials given later',
    code: lines("const axios = require('axios');", "const { ownerCredentials } = require('axios-oauth-client');", 'const grant = ownerCredentials(axios.create(), tokenUrl, id, secret);', 'const auth = await grant(form.user, form.pass);'),
    errors: [{ line: 3, library: 'axios-oauth-client' }],
  },
];

function libraryFindings(code: string, file: string) {
  return checkSource(code, file).filter((finding) => finding.rule === RULE);
}

describe(RULE, () => {
  describe('valid', () => {
    it.each(valid.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
      expect(libraryFindings(entry.code, entry.file ?? 'a.js')).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each(invalid.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
      const findings = libraryFindings(entry.code, entry.file ?? 'a.js');
      expect(findings.map((finding) => ({ rule: finding.rule, line: finding.line, library: finding.library }))).toEqual(
        entry.errors.map((error) => ({ rule: RULE, ...error })),
      );
      for (const finding of findings) {
        expect(finding.level).toBe('error');
        expect(finding.fixable).toBe(false);
        expect(finding.message).toContain(finding.library);
        // passes the runner's prefilter, or the runner would never parse the file
        expect(couldHoldPasswordGrant(entry.code, 'check')).toBe(true);
      }
    });
  });

  it('covers every library family with at least one finding and one look-alike', () => {
    const named = new Set(invalid.flatMap((entry) => entry.errors.map((error) => error.library)));
    for (const library of OAUTH_LIBRARIES) expect(named.has(library.name)).toBe(true);
  });

  it('never puts a credential into a message', () => {
    const code = lines("const ClientOAuth2 = require('client-oauth2');", 'new ClientOAuth2({}).owner.getToken("svc-bot", "s3cr3t-value");');
    const [finding] = libraryFindings(code, 'a.js');
    expect(finding.message).not.toContain('s3cr3t');
  });
});
