import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { assertBuilt, makeTempDir, removeTempDirs, REPO_ROOT } from './helpers/cli-harness';

afterAll(removeTempDirs);

/** The package's main entry, as a project that installed it imports it. */
describe('require("password-grant-codemod")', () => {
  beforeAll(assertBuilt);

  const project = () => {
    const root = makeTempDir();
    fs.mkdirSync(path.join(root, 'node_modules'));
    fs.symlinkSync(REPO_ROOT, path.join(root, 'node_modules', 'password-grant-codemod'), 'dir');
    return root;
  };

  it('main and types point to files that exist', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    for (const file of [manifest.main, manifest.types, manifest.exports['.'].default, manifest.exports['.'].types]) {
      expect(fs.existsSync(path.join(REPO_ROOT, file))).toBe(true);
    }
  });

  it('CommonJS and ESM get the shared detector and rewrite', () => {
    const root = project();
    const grant = "client.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });";
    const script = `console.log(JSON.stringify([m.checkSource(${JSON.stringify(grant)}, 'a.js').map((f) => f.rule), m.RULE_IDS.includes('http-password-grant'), typeof m.transformSource]))`;
    const cjs = execFileSync(process.execPath, ['-e', `const m = require('password-grant-codemod'); ${script}`], { cwd: root, encoding: 'utf8' });
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', `import m from 'password-grant-codemod'; ${script}`], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(cjs)).toEqual([['sdk-password-grant'], true, 'function']);
    expect(JSON.parse(esm)).toEqual(JSON.parse(cjs));
  });
});
