import * as os from 'os';
import * as path from 'path';
import { RuleTester, type Linter } from 'eslint';
import plugin = require('../src/eslint-plugin/index');
import { formatWithLayout } from '../src/format/format-rewrite';
import { parseSource } from '../src/parse/parse-source';
import { findChangedStatements } from '../src/rewrite/changed-statements';

// Loaded as a project's eslint.config loads them (their types need moduleResolution node16).
const tsParser = require('@typescript-eslint/parser') as Linter.Parser;
const babelParser = require('@babel/eslint-parser') as Linter.Parser;

/**
 * Every ESLint rule of the plugin as valid/invalid tables, run under each parser a project
 * may configure: the rules read the file's text, so the parser must not matter. The fix is
 * migrate's rewrite of the whole file; its bytes are compared with migrate's own in
 * eslint-plugin-parity.test.ts. Needs `npm run build` (the fix's formatting step runs on a
 * worker thread, compiled).
 */

// A folder without any password-grant-codemod configuration above it (os.tmpdir()).
const ROOT = path.join(os.tmpdir(), 'pgc-eslint-rule-tables');
/**
 * A fixed file as migrate writes it where no Prettier or .editorconfig governs it: the
 * rewrite written out here by hand, with the built-in 80-column layout applied to the
 * statements it changed (the layout itself is pinned by the transform fixtures).
 */
function laidOut(file: string, code: string, rewritten: string): string {
  return formatWithLayout(file, code, rewritten, findChangedStatements(code, rewritten, parseSource(rewritten, file)));
}

const js = (name = 'service.js') => path.join(ROOT, 'src', name);
const ts = (name = 'service.ts') => path.join(ROOT, 'src', name);

const SCOPES = [{ scopes: ['analytics:readonly'] }];

type Case = RuleTester.ValidTestCase;
type InvalidCase = RuleTester.InvalidTestCase;

const finding = (line: number, column: number, endLine: number, endColumn: number) => ({ messageId: 'finding', line, column, endLine, endColumn });

// ---------------------------------------------------------------- sdk-password-grant

const LOGIN_JS = [
  "const genesys = require('@genesyscloud/genesyscloud');",
  'const apiClient = genesys.ApiClient.instance;',
  'async function signIn() {',
  "  await apiClient.postOAuthApiToken({ credentials: { username: 'bot', password: 'letmein' } });",
  '}',
  'module.exports = { signIn };',
  '',
].join('\n');

const LOGIN_JS_FIXED = [
  "const genesys = require('@genesyscloud/genesyscloud');",
  'const apiClient = genesys.ApiClient.instance;',
  'async function signIn() {',
  '  apiClient.init({',
  '    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,',
  '    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,',
  '  });',
  "  await apiClient.loginClientCredentials(process.env.GENESYSCLOUD_OAUTHCLIENT_ID, process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET, ['analytics:readonly']);",
  '}',
  'module.exports = { signIn };',
  '',
].join('\n');

/** Two sites and a credentials object left dead by the rewrite: one fix covers the file. */
const TWO_SITES_JS = [
  "const sdk = require('purecloud-platform-client-v2');",
  'const api = new sdk.ApiClient();',
  "const botLogin = { credentials: { username: 'svc', password: 'pw' } };",
  'function first() {',
  '  return api.postOAuthApiToken(botLogin);',
  '}',
  'function second() {',
  "  return api.postOAuthApiToken({ grant_type: 'password', username: 'svc', password: 'pw' });",
  '}',
  'module.exports = { first, second };',
  '',
].join('\n');

const TWO_SITES_JS_FIXED = [
  "const sdk = require('purecloud-platform-client-v2');",
  'const api = new sdk.ApiClient();',
  'function first() {',
  '  api.init({',
  '    clientId: process.env.PG_ID,',
  '    clientSecret: process.env.PG_SECRET,',
  '  });',
  "  return api.loginClientCredentials(process.env.PG_ID, process.env.PG_SECRET, ['users:readonly']);",
  '}',
  'function second() {',
  '  api.init({',
  '    clientId: process.env.PG_ID,',
  '    clientSecret: process.env.PG_SECRET,',
  '  });',
  "  return api.loginClientCredentials(process.env.PG_ID, process.env.PG_SECRET, ['users:readonly']);",
  '}',
  'module.exports = { first, second };',
  '',
].join('\n');

/** No scopes named and no API call to infer them from: reported, not fixed (migrate lists it for review). */
const NO_SCOPES_JS = [
  "import { ApiClient } from '@genesyscloud/genesyscloud';",
  'const c = ApiClient.instance;',
  "export const go = () => c.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });",
  '',
].join('\n');

/** Scopes inferred from the Platform API the file itself calls. */
const INFERRED_JS = [
  "const platformClient = require('@genesyscloud/genesyscloud');",
  'const client = platformClient.ApiClient.instance;',
  'const analytics = new platformClient.AnalyticsApi();',
  'async function conversations(query) {',
  "  await client.postOAuthApiToken({ credentials: { username: 'reports', password: 'x' } });",
  '  return analytics.postAnalyticsConversationsDetailsQuery(query);',
  '}',
  'module.exports = { conversations };',
  '',
].join('\n');

const INFERRED_JS_FIXED = INFERRED_JS.replace(
  "  await client.postOAuthApiToken({ credentials: { username: 'reports', password: 'x' } });",
  [
    '  client.init({',
    '    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,',
    '    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,',
    '  });',
    "  await client.loginClientCredentials(process.env.GENESYSCLOUD_OAUTHCLIENT_ID, process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET, ['analytics:readonly']);",
  ].join('\n'),
);

/** The client is created inside the call: a password grant, but a person migrates it. */
const MANUAL_JS = [
  "const pc = require('purecloud-platform-client-v2');",
  "new pc.ApiClient().postOAuthApiToken({ credentials: { username: 'a', password: 'b' } });",
  '',
].join('\n');

const LOGIN_TS = [
  "import * as platformClient from 'purecloud-platform-client-v2';",
  'export class TokenSource {',
  '  private readonly client: platformClient.ApiClient = platformClient.ApiClient.instance;',
  '  async token(): Promise<void> {',
  "    await this.client.postOAuthApiToken({ credentials: { username: process.env.U as string, password: process.env.P! } });",
  '  }',
  '}',
  '',
].join('\n');

const LOGIN_TS_FIXED = LOGIN_TS.replace(
  "    await this.client.postOAuthApiToken({ credentials: { username: process.env.U as string, password: process.env.P! } });",
  [
    '    this.client.init({',
    '      clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,',
    '      clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,',
    '    });',
    "    await this.client.loginClientCredentials(process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string, process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string, ['analytics:readonly']);",
  ].join('\n'),
);

/** The rewrite as migrate writes it, before the layout: grant type, the pair gone, the Basic header added. */
const basicHeader = (id = 'GENESYSCLOUD_OAUTHCLIENT_ID', secret = 'GENESYSCLOUD_OAUTHCLIENT_SECRET') =>
  `Authorization: 'Basic ' + Buffer.from([process.env.${id}, process.env.${secret}].join(':')).toString('base64')`;

/** An SDK login and a raw HTTP request in one file: either rule's fix is the whole file's rewrite. */
const MIXED_JS = [
  "const platformClient = require('purecloud-platform-client-v2');",
  "const axios = require('axios');",
  'const client = platformClient.ApiClient.instance;',
  'async function sdkLogin() {',
  "  await client.postOAuthApiToken({ credentials: { username: 'svc', password: 'pw' } });",
  '}',
  'function httpLogin() {',
  "  return axios.post('https://login.mypurecloud.ie/oauth/token', { grant_type: 'password', username: 'svc', password: 'pw' });",
  '}',
  'module.exports = { sdkLogin, httpLogin };',
  '',
].join('\n');

const MIXED_JS_FIXED = MIXED_JS.replace(
  "  await client.postOAuthApiToken({ credentials: { username: 'svc', password: 'pw' } });",
  [
    '  client.init({',
    '    clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,',
    '    clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,',
    '  });',
    "  await client.loginClientCredentials(process.env.GENESYSCLOUD_OAUTHCLIENT_ID, process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET, ['analytics:readonly']);",
  ].join('\n'),
).replace(
  "{ grant_type: 'password', username: 'svc', password: 'pw' });",
  `{ grant_type: 'client_credentials' }, { headers: { ${basicHeader()} } });`,
);

const sdkValid: Case[] = [
  { code: "const client = require('@genesyscloud/genesyscloud').ApiClient.instance;\nclient.loginClientCredentials(id, secret, ['a:b']);\n", filename: js() },
  // A local object with its own postOAuthApiToken is not the SDK.
  { code: 'const fake = { postOAuthApiToken(body) { return body; } };\nfake.postOAuthApiToken({ credentials: { username: "u", password: "p" } });\n', filename: js() },
  // Our suppression comment, with a reason.
  { code: LOGIN_JS.replace('  await apiClient', '  // password-grant-codemod-ignore-next-line kept until the vendor moves\n  await apiClient'), filename: js() },
  // ESLint's own directive.
  { code: LOGIN_JS.replace('  await apiClient', '  // eslint-disable-next-line -- the rule under test; the namespaced form is in eslint-plugin-parity.test.ts\n  await apiClient'), filename: js() },
  // Not a password grant at all: never named, never parsed.
  { code: 'export const sum = (a, b) => a + b;\n', filename: js() },
];

const sdkInvalid: InvalidCase[] = [
  { code: LOGIN_JS, filename: js(), options: SCOPES, output: laidOut(js(), LOGIN_JS, LOGIN_JS_FIXED), errors: [finding(4, 9, 4, 95)] },
  {
    code: TWO_SITES_JS,
    filename: js(),
    options: [{ scopes: ['users:readonly'], clientIdEnv: 'PG_ID', clientSecretEnv: 'PG_SECRET' }],
    output: laidOut(js(), TWO_SITES_JS, TWO_SITES_JS_FIXED),
    errors: [finding(5, 10, 5, 41), finding(8, 10, 8, 92)],
  },
  { code: NO_SCOPES_JS, filename: js('no-scopes.mjs'), output: null, errors: [finding(3, 25, 3, 95)] },
  { code: INFERRED_JS, filename: js(), output: laidOut(js(), INFERRED_JS, INFERRED_JS_FIXED), errors: [finding(5, 9, 5, 90)] },
  { code: MANUAL_JS, filename: js(), options: SCOPES, output: null, errors: [finding(2, 1, 2, 88)] },
  // The file's raw HTTP request is rewritten by the same fix (migrate rewrites both).
  { code: MIXED_JS, filename: js(), options: SCOPES, output: laidOut(js(), MIXED_JS, MIXED_JS_FIXED), errors: [finding(5, 9, 5, 87)] },
];

const sdkTypeScriptInvalid: InvalidCase[] = [
  { code: LOGIN_TS, filename: ts(), options: SCOPES, output: laidOut(ts(), LOGIN_TS, LOGIN_TS_FIXED), errors: [finding(5, 11, 5, 122)] },
];

// ---------------------------------------------------------------- http-password-grant

const HTTP_JS = [
  "const axios = require('axios');",
  'async function token(user, pass) {',
  "  return axios.post('https://login.mypurecloud.de/oauth/token', new URLSearchParams({ grant_type: 'password', username: user, password: pass }));",
  '}',
  'module.exports = { token };',
  '',
].join('\n');

const HTTP_JS_FIXED = HTTP_JS.replace(
  "new URLSearchParams({ grant_type: 'password', username: user, password: pass }));",
  `new URLSearchParams({ grant_type: 'client_credentials' }), { headers: { ${basicHeader()} } });`,
);

const HTTP_JS_CUSTOM_ENV_FIXED = HTTP_JS.replace(
  "new URLSearchParams({ grant_type: 'password', username: user, password: pass }));",
  `new URLSearchParams({ grant_type: 'client_credentials' }), { headers: { ${basicHeader('BILLING_ID', 'BILLING_SECRET')} } });`,
);

/** The grant type's key and value spelled with escapes: the parser reads the same request. */
const HTTP_ESCAPED_JS = HTTP_JS.replace("grant_type: 'password'", "'grant\\u005ftype': 'pass\\x77ord'");
const HTTP_ESCAPED_JS_FIXED = HTTP_ESCAPED_JS.replace(
  "new URLSearchParams({ 'grant\\u005ftype': 'pass\\x77ord', username: user, password: pass }));",
  `new URLSearchParams({ 'grant\\u005ftype': 'client_credentials' }), { headers: { ${basicHeader()} } });`,
);

/** Another OAuth server: report only, as migrate leaves it. */
const HTTP_OTHER_ENDPOINT_JS = HTTP_JS.replace('https://login.mypurecloud.de/oauth/token', 'https://sso.example.com/oauth/token');

/** A Genesys login host, but headers built by a call: the tool cannot add the header, a person does. */
const HTTP_HEADERS_FROM_CALL_JS = HTTP_JS.replace(
  'password: pass }));',
  'password: pass }), { headers: buildHeaders() });',
);

const HTTP_TS = [
  'export async function fetchToken(user: string, pass: string): Promise<unknown> {',
  "  const res = await fetch('https://login.usw2.pure.cloud/oauth/token', { method: 'POST', body: `grant_type=password&username=${user}&password=${pass}` });",
  '  return res.json() as Promise<unknown>;',
  '}',
  '',
].join('\n');

const HTTP_TS_FIXED = HTTP_TS.replace(
  "body: `grant_type=password&username=${user}&password=${pass}` });",
  `body: \`grant_type=client_credentials\`, headers: { ${basicHeader()} } });`,
);

const httpValid: Case[] = [
  { code: HTTP_JS.replace("grant_type: 'password', username: user, password: pass", "grant_type: 'client_credentials'"), filename: js() },
  { code: HTTP_JS.replace('  return axios', '  /* password-grant-codemod-ignore-next-line sandbox tenant only */\n  return axios'), filename: js() },
];

const httpInvalid: InvalidCase[] = [
  // No scopes named and none to infer: a raw HTTP request needs none (the client's roles authorise it), so it is fixed.
  { code: HTTP_JS, filename: js(), output: laidOut(js(), HTTP_JS, HTTP_JS_FIXED), errors: [finding(3, 10, 3, 145)] },
  {
    code: HTTP_JS,
    filename: js(),
    options: [{ clientIdEnv: 'BILLING_ID', clientSecretEnv: 'BILLING_SECRET' }],
    output: laidOut(js(), HTTP_JS, HTTP_JS_CUSTOM_ENV_FIXED),
    errors: [finding(3, 10, 3, 145)],
  },
  { code: MIXED_JS, filename: js(), options: SCOPES, output: laidOut(js(), MIXED_JS, MIXED_JS_FIXED), errors: [finding(8, 10, 8, 125)] },
  { code: HTTP_ESCAPED_JS, filename: js(), output: laidOut(js(), HTTP_ESCAPED_JS, HTTP_ESCAPED_JS_FIXED), errors: [finding(3, 10, 3, 155)] },
  { code: HTTP_OTHER_ENDPOINT_JS, filename: js(), output: null, errors: [finding(3, 10, 3, 140)] },
  { code: HTTP_HEADERS_FROM_CALL_JS, filename: js(), output: null, errors: [finding(3, 10, 3, 174)] },
];

const httpTypeScriptInvalid: InvalidCase[] = [
  { code: HTTP_TS, filename: ts('http.ts'), output: laidOut(ts('http.ts'), HTTP_TS, HTTP_TS_FIXED), errors: [finding(2, 21, 2, 154)] },
];

// ---------------------------------------------------------------- unverified-token-request

const UNVERIFIED_JS = [
  "const { ApiClient } = require('@genesyscloud/genesyscloud');",
  'const client = ApiClient.instance;',
  'exports.login = (body) => client.postOAuthApiToken(body);',
  '',
].join('\n');

const unverifiedValid: Case[] = [
  { code: UNVERIFIED_JS.replace('exports.login', '// password-grant-codemod-ignore-next-line the body is client_credentials, see vault.js\nexports.login'), filename: js() },
  { code: LOGIN_JS, filename: js() },
];

const unverifiedInvalid: InvalidCase[] = [{ code: UNVERIFIED_JS, filename: js(), errors: [finding(3, 27, 3, 57)] }];

// ---------------------------------------------------------------- suppression-without-reason

const suppressionValid: Case[] = [
  { code: '// password-grant-codemod-ignore-next-line migrated in the next release\nconst x = 1;\nexport default x;\n', filename: js() },
];

const suppressionInvalid: InvalidCase[] = [
  { code: '// password-grant-codemod-ignore-next-line\nconst x = 1;\nexport default x;\n', filename: js(), errors: [finding(1, 1, 1, 43)] },
];

// ---------------------------------------------------------------- the tables, per parser

const TABLES: Record<string, { valid: Case[]; invalid: InvalidCase[]; typescriptInvalid: InvalidCase[] }> = {
  'sdk-password-grant': { valid: sdkValid, invalid: sdkInvalid, typescriptInvalid: sdkTypeScriptInvalid },
  'http-password-grant': { valid: httpValid, invalid: httpInvalid, typescriptInvalid: httpTypeScriptInvalid },
  'unverified-token-request': { valid: unverifiedValid, invalid: unverifiedInvalid, typescriptInvalid: [] },
  'suppression-without-reason': { valid: suppressionValid, invalid: suppressionInvalid, typescriptInvalid: [] },
};

const PARSERS: Record<string, Linter.Config> = {
  espree: { languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  'typescript-eslint': { languageOptions: { parser: tsParser, sourceType: 'module' } },
};

// CommonJS samples (require/module.exports) and ESM ones alike: our detector decides per file.
for (const [parserName, config] of Object.entries(PARSERS)) {
  describe(`under ${parserName}`, () => {
    const tester = new RuleTester({ ...config, linterOptions: { reportUnusedDisableDirectives: 'off' } });
    for (const [ruleId, table] of Object.entries(TABLES)) {
      const rule = plugin.rules[ruleId];
      if (!rule) throw new Error(`the plugin has no rule ${ruleId}`);
      const invalid = parserName === 'typescript-eslint' ? [...table.invalid, ...table.typescriptInvalid] : table.invalid;
      tester.run(ruleId, rule, { valid: table.valid, invalid });
    }
  });
}

describe('under @babel/eslint-parser', () => {
  const tester = new RuleTester({
    languageOptions: { parser: babelParser, parserOptions: { requireConfigFile: false, babelOptions: { babelrc: false, configFile: false } } },
  });
  tester.run('sdk-password-grant', plugin.rules['sdk-password-grant']!, {
    valid: sdkValid.slice(0, 2),
    invalid: sdkInvalid.slice(0, 2),
  });
  tester.run('http-password-grant', plugin.rules['http-password-grant']!, { valid: httpValid.slice(0, 1), invalid: httpInvalid });
});

describe('tables', () => {
  it('cover every rule of the plugin', () => {
    // A rule added to check without a table here still has its fixtures compared with
    // check's in eslint-plugin-parity.test.ts; this list only keeps the tables honest.
    for (const ruleId of Object.keys(TABLES)) expect(Object.keys(plugin.rules)).toContain(ruleId);
  });
});
