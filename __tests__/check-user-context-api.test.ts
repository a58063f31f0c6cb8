import { checkSourceFile } from '../src/check/check-source';
import { judgeServiceFindings, type PendingFile } from '../src/check/judge-services';
import { CHECK_RULES } from '../src/check/rules/index';
import { createUserContextTable, USER_CONTEXT_API_CLASSES } from '../src/genesys/user-context-operations';
import { readFileSync } from 'fs';
import * as path from 'path';

/**
 * `user-context-api` is judged per service: each file reports its candidate calls and how it
 * logs in, and the service decides. So its table rows are small services (files by path),
 * each expecting the `file:line operation` of its findings. `valid` services have none.
 */

const SDK = "const platformClient = require('purecloud-platform-client-v2');\n";
const CLIENT = `${SDK}const client = platformClient.ApiClient.instance;\n`;
const PASSWORD_LOGIN = `${CLIENT}client.postOAuthApiToken({ credentials: { username: 'svc', password: 'pw' } });\n`;
const CC_LOGIN = `${CLIENT}client.loginClientCredentials(process.env.ID, process.env.SECRET, ['users:readonly']);\n`;
const ME_CALL = 'const users = new platformClient.UsersApi();\nusers.getUsersMe().then(console.log);\n';
const ME = `${SDK}${ME_CALL}`;

interface Row {
  name: string;
  files: Record<string, string>;
  /** `file:line operation`, sorted */
  findings?: string[];
  strict?: boolean;
}

const valid: Row[] = [
  { name: 'a call that needs a user, but the service never logs in here', files: { 'me.js': ME } },
  { name: 'the user signs in (implicit grant): "me" is real', files: { 'login.js': `${CLIENT}client.loginImplicitGrant('id', 'https://app/cb');\n`, 'me.js': ME } },
  { name: 'PKCE sign-in next to a client-credentials job in the same service: a user is there', files: { 'a.js': `${CLIENT}client.loginPKCEGrant('id', 'https://app/cb');\n`, 'b.js': CC_LOGIN, 'me.js': ME } },
  { name: 'SAML2 bearer sign-in', files: { 'a.js': `${CLIENT}client.loginSaml2BearerGrant('id', 'secret', 'org', 'assertion');\n${ME_CALL}` } },
  { name: 'code authorization sign-in', files: { 'a.js': `${CLIENT}client.loginCodeAuthorizationGrant('id', 'secret', 'code', 'uri');\n${ME_CALL}` } },
  {
    name: 'client credentials, but only calls that work without a user',
    files: { 'a.js': `${CC_LOGIN}const tokens = new platformClient.TokensApi();\ntokens.getTokensMe();\nnew platformClient.OrganizationApi().getOrganizationsMe();\nnew platformClient.UsersApi().getUser('42');\n` },
  },
  { name: 'a method of the same name on something that is not an SDK API instance', files: { 'a.js': `${CC_LOGIN}const users = { getUsersMe() {} };\nusers.getUsersMe();\n// UsersApi\n` } },
  { name: 'a low-confidence call is not reported without --strict', files: { 'a.js': `${CC_LOGIN}new platformClient.VoicemailApi().getVoicemailMessages();\n` } },
  {
    name: 'a suppressed call',
    files: { 'a.js': `${CC_LOGIN}const users = new platformClient.UsersApi();\n// password-grant-codemod-ignore-next-line uses the bot user's token\nusers.getUsersMe();\n` },
  },
];

const invalid: Row[] = [
  { name: 'client credentials and getUsersMe in one file', files: { 'a.js': `${CC_LOGIN}${ME_CALL}` }, findings: ['a.js:5 UsersApi.getUsersMe'] },
  { name: 'the grant-named twin loginClientCredentialsGrant', files: { 'a.js': `${CLIENT}client.loginClientCredentialsGrant('id', 'secret');\n`, 'b.js': ME }, findings: ['b.js:3 UsersApi.getUsersMe'] },
  { name: 'a password grant that migrate turns into client credentials, in another file', files: { 'login.js': PASSWORD_LOGIN, 'lib/me.js': ME }, findings: ['lib/me.js:3 UsersApi.getUsersMe'] },
  {
    name: 'instances in a class field and a typed parameter (TypeScript)',
    files: {
      'login.ts': PASSWORD_LOGIN,
      'svc.ts': [
        "import { UsersApi, ConversationsApi } from 'purecloud-platform-client-v2';",
        'export class Profile {',
        '  private readonly users = new UsersApi();',
        '  me() { return this.users.getUsersMe({ expand: ["presence"] }); }',
        '}',
        'export function mine(api: ConversationsApi) {',
        '  return api.getConversations();',
        '}',
        '',
      ].join('\n'),
    },
    findings: ['svc.ts:4 UsersApi.getUsersMe', 'svc.ts:7 ConversationsApi.getConversations'],
  },
  { name: 'a call on the new expression itself', files: { 'a.js': `${CC_LOGIN}new platformClient.UsersApi().getUsersStationsMe();\n` }, findings: ['a.js:4 UsersApi.getUsersStationsMe'] },
  { name: 'with --strict, low-confidence calls count', files: { 'a.js': `${CC_LOGIN}new platformClient.VoicemailApi().getVoicemailMessages();\n${ME_CALL}` }, findings: ['a.js:4 VoicemailApi.getVoicemailMessages', 'a.js:6 UsersApi.getUsersMe'], strict: true },
];

function judge(row: Row) {
  const files: PendingFile[] = Object.entries(row.files).map(([file, source]) => ({ file, service: '.', pending: checkSourceFile(source, file).pending }));
  return judgeServiceFindings(files, { strict: row.strict === true }).filter((finding) => finding.rule === 'user-context-api');
}

const operationOf = (message: string) => /`([A-Za-z]+\.[A-Za-z0-9]+)`/.exec(message)?.[1];

describe('user-context-api', () => {
  it.each(valid.map((row) => [row.name, row] as const))('valid: %s', (_name, row) => {
    expect(judge(row)).toEqual([]);
  });

  it.each(invalid.map((row) => [row.name, row] as const))('invalid: %s', (_name, row) => {
    const found = judge(row)
      .map((finding) => `${finding.file}:${finding.line} ${operationOf(finding.message)}`)
      .sort();
    expect(found).toEqual([...(row.findings ?? [])].sort());
  });

  it('reports a warning with the operation, the confidence and the alternative, fingerprinted and positioned', () => {
    const [finding] = judge({ name: '', files: { 'a.js': `${CC_LOGIN}${ME_CALL}` } });
    expect(finding).toMatchObject({ rule: 'user-context-api', level: 'warning', line: 5, column: 1, fixable: false });
    expect(finding.message).toContain('`UsersApi.getUsersMe`');
    expect(finding.message).toContain('confidence high');
    expect(finding.message).toContain('TokensApi.getTokensMe');
    expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}:0$/);
  });

  it('is judged per service: the password grant of another service does not count', () => {
    const files: PendingFile[] = [
      { file: 'a/login.js', service: 'a', pending: checkSourceFile(PASSWORD_LOGIN, 'a/login.js').pending },
      { file: 'b/me.js', service: 'b', pending: checkSourceFile(ME, 'b/me.js').pending },
    ];
    expect(judgeServiceFindings(files, { strict: false })).toEqual([]);
  });

  it('follows the configured level, and is silent when turned off', () => {
    const pending = (level: 'error' | 'off') => checkSourceFile(`${CC_LOGIN}${ME_CALL}`, 'a.js', { rules: { 'user-context-api': level } }).pending;
    expect(judgeServiceFindings([{ file: 'a.js', service: '.', pending: pending('error') }], { strict: false }).map((finding) => finding.level)).toEqual(['error']);
    expect(pending('off')).toEqual([]);
  });

  it('is not a per-file finding: checkSource alone never reports it', () => {
    expect(checkSourceFile(`${CC_LOGIN}${ME_CALL}`, 'a.js').findings).toEqual([]);
  });

  it('its needles are exactly the API classes owning user-context operations, plus the login methods', () => {
    const table = createUserContextTable(JSON.parse(readFileSync(path.join(__dirname, '..', 'data', 'genesys-user-context-operations.json'), 'utf8')));
    expect([...table.apiClasses].sort()).toEqual([...USER_CONTEXT_API_CLASSES]);
    const rule = CHECK_RULES.find((entry) => entry.meta.id === 'user-context-api');
    expect(rule?.needles.length).toBeLessThanOrEqual(USER_CONTEXT_API_CLASSES.length + 6);
  });
});
