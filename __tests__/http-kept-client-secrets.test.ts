import { transformSource } from '../src/rewrite/transform-source';
import { assertBuilt, makeTempDir, parseJsonReport, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

afterAll(removeTempDirs);

const URL = "'https://login.mypurecloud.de/oauth/token'";
const BODY = "qs.stringify({ grant_type: 'password', username: process.env.U, password: process.env.P })";

interface Row {
  name: string;
  code: string;
  /** lines listed as a `client-secret` to rotate */
  lines: number[];
}

/** The client authentication the rewrite keeps, when it is a literal, is a secret to rotate too. */
const rows: Row[] = [
  { name: 'a literal Basic header', code: `axios.post(${URL}, ${BODY}, {\n  headers: { Authorization: 'Basic Y2xpZW50OnNlY3JldA==' },\n});`, lines: [2] },
  { name: 'a Basic header as a template literal without expressions', code: `axios.post(${URL}, ${BODY}, { headers: { authorization: \`Basic Y2xpZW50OnNlY3JldA==\` } });`, lines: [1] },
  { name: "axios' auth option with a literal secret", code: `axios.post(${URL}, ${BODY}, {\n  auth: { username: 'client-id', password: 'client-secret-value' },\n});`, lines: [2] },
  { name: 'superagent .auth(id, literal)', code: `request.post(${URL}).auth(process.env.ID, 'client-secret-value').send(${BODY});`, lines: [1] },
  { name: 'superagent .set with a literal Basic value', code: `request.post(${URL})\n  .set('Authorization', 'Basic Y2xpZW50OnNlY3JldA==')\n  .send(${BODY});`, lines: [2] },
  // not secrets: read at run time
  { name: 'a Basic header built from the environment', code: `axios.post(${URL}, ${BODY}, { headers: { Authorization: 'Basic ' + Buffer.from(process.env.ID + ':' + process.env.SECRET).toString('base64') } });`, lines: [] },
  { name: "axios' auth option from the environment", code: `axios.post(${URL}, ${BODY}, { auth: { username: process.env.ID, password: process.env.SECRET } });`, lines: [] },
  { name: 'a Bearer-less empty Basic prefix', code: `axios.post(${URL}, ${BODY}, { headers: { Authorization: 'Basic ' + token } });`, lines: [] },
];

describe('hard-coded client credentials kept by the raw HTTP rewrite', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const result = transformSource(row.code, 'token.js', {});
    expect(result.changed).toBe(true);
    expect(result.secrets.filter((secret) => secret.kind === 'client-secret').map((secret) => secret.line)).toEqual(row.lines);
  });
});

describe('a literal Basic header [CLI]', () => {
  beforeAll(assertBuilt);

  it('is listed to rotate in every format and never printed by the Markdown report', () => {
    const root = makeTempDir();
    writeFiles(root, {
      'package.json': '{}\n',
      'token.js': `const axios = require('axios');\nconst qs = require('qs');\naxios.post(${URL}, ${BODY}, {\n  headers: { Authorization: 'Basic Y2xpZW50OnN1cGVyc2VjcmV0' },\n});\n`,
    });
    const json = parseJsonReport(runCli(['migrate', '.', '--dry-run', '--format', 'json'], root));
    expect(json.secrets).toEqual([{ file: 'token.js', line: 4, kind: 'client-secret' }]);
    const markdown = runCli(['migrate', '.', '--dry-run', '--format', 'markdown'], root).stdout;
    expect(markdown).toContain('client');
    expect(markdown).not.toContain('Y2xpZW50OnN1cGVyc2VjcmV0');
    const text = runCli(['migrate', '.', '--dry-run', '--format', 'text'], root).stdout;
    expect(text).toMatch(/token\.js:4 {2}client-secret/);
    expect(text).not.toContain('Y2xpZW50OnN1cGVyc2VjcmV0');
  });
});
