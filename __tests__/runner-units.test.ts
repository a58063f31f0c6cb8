import * as fs from 'fs';
import * as path from 'path';
import { toScopeList, toStringList } from '../src/cli/option-groups';
import { createDiffRedactor, createLineRedactor } from '../src/report/migrate/redact';
import { buildFilePatch, formatFilePatch, quotePath } from '../src/report/migrate/unified-diff';
import { GitignoreRules } from '../src/runner/gitignore-rules';
import { couldHoldPasswordGrant } from '../src/runner/prefilter';
import { LOGIN_HOSTS } from '../src/genesys/region-hosts';
import { HOST_NEEDLES } from '../src/rewrite/http/needles';
import { readSourceFile } from '../src/runner/read-source';
import { toReportPath } from '../src/paths/report-path';
import { getSkipReasonFromName, getSkipReasonFromSize, isUtf8Text, looksMinified, MAX_FILE_BYTES } from '../src/runner/skip-rules';
import { splitIntoBatches } from '../src/runner/worker-pool';
import { makeTempDir, removeTempDirs } from './helpers/cli-harness';

afterAll(removeTempDirs);

describe('prefilter', () => {
  it.each([
    ['client.postOAuthApiToken({})', true],
    ["axios.post(url, { grant_type: 'password', username, password })", true],
    ["api.token({ grantType: 'password', username, password })", true],
    // a raw request is read by its body: one that does not name its grant type cannot be a finding
    ["axios.post('https://login.mypurecloud.com/oauth/token', body)", false],
    ['// password-grant-codemod-ignore-next-line legacy', true],
    ['export const x = 1;', false],
    // user-context-api judges services by how they log in: check reads client-credentials logins too
    ['client.loginClientCredentials(id, secret)', true],
    ['new platformClient.UsersApi()', true],
    ['client.login(id, secret)', false],
  ])('%p → %p, the same on the text and on its bytes', (text, expected) => {
    expect(couldHoldPasswordGrant(text)).toBe(expected);
    expect(couldHoldPasswordGrant(Buffer.from(`// é ✓\n${text}`, 'utf8'))).toBe(expected);
  });

  it('lets raw HTTP grants through for migrate only with a grant type and a Genesys Cloud login host', () => {
    for (const source of [
      "axios.post('https://login.mypurecloud.com/oauth/token', { grant_type: 'password' })",
      "fetch('https://login.euw2.pure.cloud/oauth/token', { body: 'grant_type=password' })",
      "const grantType = 'password'; const host = 'login.use2.us-gov-pure.cloud';",
    ]) {
      expect(couldHoldPasswordGrant(source, 'migrate')).toBe(true);
      expect(couldHoldPasswordGrant(Buffer.from(source), 'migrate')).toBe(true);
    }
    for (const source of ["axios.post('https://login.mypurecloud.com/oauth/token', body)", "post('https://sso.example.com/token', 'grant_type=password')"]) {
      expect(couldHoldPasswordGrant(source, 'migrate')).toBe(false);
      expect(couldHoldPasswordGrant(Buffer.from(source), 'migrate')).toBe(false);
    }
  });

  it('every Genesys Cloud login host holds one of the HTTP host needles', () => {
    for (const host of LOGIN_HOSTS) expect(HOST_NEEDLES.some((needle) => host.includes(needle))).toBe(true);
  });

  it('keeps client-credentials logins out of migrate, which has nothing to rewrite there', () => {
    expect(couldHoldPasswordGrant('client.loginClientCredentials(id, secret)', 'migrate')).toBe(false);
  });

  it('lets only SDK calls through for migrate, which rewrites nothing else', () => {
    for (const source of ['client.postOAuthApiToken({})', Buffer.from('client.postOAuthApiToken({})')]) {
      expect(couldHoldPasswordGrant(source, 'migrate')).toBe(true);
    }
    for (const source of ["axios.post('/oauth/token', 'grant_type=password&username=u&password=p')", '// password-grant-codemod-ignore-next-line legacy']) {
      expect(couldHoldPasswordGrant(source, 'check')).toBe(true);
      expect(couldHoldPasswordGrant(source, 'migrate')).toBe(false);
      expect(couldHoldPasswordGrant(Buffer.from(source), 'migrate')).toBe(false);
    }
  });
});

describe('readSourceFile', () => {
  it('reads the bytes of a file, skips one over 2 MB by its size, throws for a missing one', () => {
    const root = makeTempDir();
    const text = 'const caf\u00e9 = "\u2713";\n';
    fs.writeFileSync(path.join(root, 'a.js'), text);
    fs.writeFileSync(path.join(root, 'empty.js'), '');
    fs.writeFileSync(path.join(root, 'big.js'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    fs.writeFileSync(path.join(root, 'limit.js'), Buffer.alloc(MAX_FILE_BYTES, 0x20));
    expect(readSourceFile(path.join(root, 'a.js')).bytes?.toString('utf8')).toBe(text);
    expect(readSourceFile(path.join(root, 'empty.js')).bytes?.length).toBe(0);
    expect(readSourceFile(path.join(root, 'big.js'))).toEqual({ tooLarge: MAX_FILE_BYTES + 1 });
    expect(readSourceFile(path.join(root, 'limit.js')).bytes?.length).toBe(MAX_FILE_BYTES);
    expect(() => readSourceFile(path.join(root, 'missing.js'))).toThrow(/ENOENT/);
  });
});

describe('toReportPath', () => {
  it.each([
    ['/repo/src/a.js', '/repo'],
    ['/repo/a.js', '/repo'],
    ['/repository/a.js', '/repo'],
    ['/repo/../other/a.js', '/repo'],
    ['/repo/./src//a.js', '/repo'],
    ['/repo/src/.hidden/a.js', '/repo'],
    ['/repo/src/..a/a.js', '/repo'],
    ['/elsewhere/b.ts', '/repo'],
    ['/repo/a.js', '/'],
    ['/repo/a.js', '/repo/'],
    ['/repo/x/a.js', '/repo/x/../x'],
    ['/repo', '/repo'],
  ])('%s from %s is what path.relative gives, with / separators', (file, cwd) => {
    expect(toReportPath(file, cwd)).toBe(path.posix.relative(cwd, file) || path.posix.basename(file));
  });
});

describe('skip rules', () => {
  it('skips files over 2 MB and .min bundles by name', () => {
    expect(getSkipReasonFromSize(MAX_FILE_BYTES + 1)).toMatch(/larger than 2 MB/);
    expect(getSkipReasonFromSize(MAX_FILE_BYTES)).toBeNull();
    expect(getSkipReasonFromName('vendor/sdk.min.js')).toMatch(/minified/);
    expect(getSkipReasonFromName('vendor/sdk-min.mjs')).toMatch(/minified/);
    expect(getSkipReasonFromName('src/admin.js')).toBeNull();
  });

  it('recognises minified code by its line lengths', () => {
    expect(looksMinified(`!function(){${'var a=1;'.repeat(1000)}}();`)).toBe(true);
    expect(looksMinified('const a = 1;\n'.repeat(1000))).toBe(false);
    expect(looksMinified('short')).toBe(false);
    // the runner tests bytes, before decoding: same verdicts
    expect(looksMinified(Buffer.from(`!function(){${'var a=1;'.repeat(1000)}}();`))).toBe(true);
    expect(looksMinified(Buffer.from('const a = 1;\n'.repeat(1000)))).toBe(false);
    expect(looksMinified(Buffer.from('short'))).toBe(false);
  });

  it('stops counting lines early without changing the verdict (average line over 300)', () => {
    for (const lineLength of [40, 250, 298, 299, 300, 301, 302, 400, 5000]) {
      for (const lineCount of [1, 3, 7, 20, 200]) {
        const text = `${'x'.repeat(lineLength)}\n`.repeat(lineCount) + 'y'.repeat(lineCount % 5);
        const expected = text.length >= 2000 && text.length / text.split('\n').length > 300;
        expect([lineLength, lineCount, looksMinified(text), looksMinified(Buffer.from(text))]).toEqual([lineLength, lineCount, expected, expected]);
      }
    }
  });

  it('refuses bytes that are not UTF-8, keeps text that merely contains U+FFFD', () => {
    expect(isUtf8Text(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBe(false);
    expect(isUtf8Text(Buffer.from([0xed, 0xa0, 0x80]))).toBe(false); // an encoded lone surrogate
    expect(isUtf8Text(Buffer.from('caf\u00e9 \uFFFD \u{1F600}', 'utf8'))).toBe(true);
    expect(isUtf8Text(Buffer.from('\uFEFFconst a = 1;', 'utf8'))).toBe(true);
  });
});

describe('option values', () => {
  it('splits repeated and comma-separated scopes, in order, without duplicates', () => {
    expect(toScopeList(['a,b', 'c', 'a', ' d , '])).toEqual(['a', 'b', 'c', 'd']);
    expect(toScopeList('x')).toEqual(['x']);
  });

  it('keeps ignore globs whole (braces hold commas)', () => {
    expect(toStringList(['src/{a,b}/**', '', 'dist/'])).toEqual(['src/{a,b}/**', 'dist/']);
  });
});

describe('splitIntoBatches', () => {
  it('covers every task once, in order', () => {
    const tasks = Array.from({ length: 1000 }, (_, index) => index);
    const batches = splitIntoBatches(tasks, 4);
    expect(batches.flat()).toEqual(tasks);
    expect(batches.length).toBeGreaterThanOrEqual(4);
  });

  it('makes one batch per file for small runs', () => {
    expect(splitIntoBatches([1, 2, 3], 8)).toEqual([[1], [2], [3]]);
  });
});

describe('GitignoreRules', () => {
  const root = path.resolve('/repo');
  const rules = new GitignoreRules();
  rules.addIgnoreFile(root, 'build/\n*.log\ngenerated/*\n!generated/keep.js\n');
  rules.addIgnoreFile(path.join(root, 'sub'), '*.ts\n!important.ts\n');
  rules.addIgnoreFile(path.join(root, 'build'), '!rescued.js\n');
  const ignored = (relative: string, isFolder = false) => rules.isIgnored(path.join(root, relative), isFolder, root);

  it('applies patterns relative to their own folder', () => {
    expect(ignored('sub/a.ts')).toBe(true);
    expect(ignored('a.ts')).toBe(false);
    expect(ignored('sub/deeper/a.ts')).toBe(true);
  });

  it('lets a `!` rule re-include a file', () => {
    expect(ignored('sub/important.ts')).toBe(false);
    expect(ignored('generated/keep.js')).toBe(false);
    expect(ignored('generated/other.js')).toBe(true);
  });

  it('never re-includes below an ignored folder, as git', () => {
    expect(ignored('build', true)).toBe(true);
    expect(ignored('build/rescued.js')).toBe(true);
  });
});

describe('unified diff', () => {
  it('writes git headers and hunks', () => {
    const patch = formatFilePatch(buildFilePatch('src/a.js', 'a\nb\nc\n', 'a\nB\nc\n'));
    expect(patch).toBe(['diff --git a/src/a.js b/src/a.js', '--- a/src/a.js', '+++ b/src/a.js', '@@ -1,3 +1,3 @@', ' a', '-b', '+B', ' c', ''].join('\n'));
  });

  it('marks a missing final newline', () => {
    const patch = formatFilePatch(buildFilePatch('a.js', 'x', 'y'));
    expect(patch).toContain('@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n');
  });

  it('numbers the original lines of removed and context lines', () => {
    const patch = buildFilePatch('a.js', '1\n2\n3\n4\n5\n6\n7\n8\n', '1\n2\n3\n4\n5\n6\nseven\n8\n');
    const removed = patch.hunks[0].lines.find((line) => line.marker === '-');
    expect(removed).toMatchObject({ text: '7', oldLine: 7 });
  });

  it('quotes unusual paths as git does', () => {
    expect(quotePath('a/src/plain.js')).toBe('a/src/plain.js');
    expect(quotePath('a/caf\u00e9.js')).toBe('"a/caf\\303\\251.js"');
    expect(quotePath('a/say "hi".js')).toBe('"a/say \\"hi\\".js"');
  });
});

describe('createLineRedactor (from the parser tokens)', () => {
  const lines = (source: string) => source.split('\n');
  const redactAll = (source: string, secretLines: number[]) => {
    const redact = createLineRedactor(source, 'a.js', secretLines);
    return lines(source).map((text, index) => redact(index + 1, text));
  };

  it('replaces every string literal on a secret line, and only there', () => {
    const source = `const a = 'keep';\nf({ username: 'svc', password: "p'w\\"d" });\n`;
    expect(redactAll(source, [2])).toEqual(["const a = 'keep';", `f({ username: '<redacted>', password: "<redacted>" });`, '']);
    expect(redactAll('const password = `s3cret`;', [1])).toEqual(['const password = `<redacted>`;']);
  });

  it('an apostrophe in a comment before the literal does not misalign it', () => {
    const source = "f(/* it's the login */ 'svc', 'S3cret-value');";
    const [line] = redactAll(source, [1]);
    expect(line).not.toContain('S3cret-value');
    expect(line).toContain("/* it's the login */");
  });

  it('a multi-line template literal is hidden on every line it spans', () => {
    const source = 'const password = `first-part\nS3cret-second-line\nthird`;\nlogin(password);';
    const out = redactAll(source, [1]);
    expect(out.join('\n')).not.toMatch(/first-part|S3cret-second-line|third/);
    expect(out[3]).toBe('login(password);');
  });
});

describe('createDiffRedactor: Authorization header values and literals carried to added lines', () => {
  it('hides the literals of an Authorization value on any line, keeping a bare scheme and encoding names', () => {
    const source = [
      "const a = { headers: { Authorization: 'Basic UzNjcmV0OlMzY3JldA==' } };",
      "const b = { headers: { 'authorization': `Basic ${'UzNjcmV0'}` } };",
      "req.set('Authorization', 'Basic ' + Buffer.from('id:S3cret').toString('base64'));",
      "new Headers([['Authorization', 'Bearer S3cret-token']]);",
      "const c = { accept: 'application/json' };",
    ].join('\n');
    const redact = createDiffRedactor(source, 'a.js', []);
    const out = source.split('\n').map((text, index) => redact.oldLine(index + 1, text));
    expect(out.join('\n')).not.toMatch(/UzNj|S3cret/);
    expect(out[2]).toContain("'Basic ' + Buffer.from('<redacted>').toString('base64')");
    expect(out[4]).toBe("const c = { accept: 'application/json' };");
  });

  it('an added line that carries a hidden literal over hides it too; new literals stay', () => {
    const source = "axios.post(url, 'grant_type=password&password=S3cret', { headers: { Authorization: 'Basic QUJD' } });";
    const redact = createDiffRedactor(source, 'a.js', [1]);
    expect(redact.addedLine("  { headers: { Authorization: 'Basic QUJD' } },")).toBe("  { headers: { Authorization: '<redacted>' } },");
    expect(redact.addedLine("  'grant_type=client_credentials',")).toBe("  'grant_type=client_credentials',");
  });
});
