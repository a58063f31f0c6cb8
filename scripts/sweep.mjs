#!/usr/bin/env node
// The sweep over real code (`npm run sweep`): every JavaScript and TypeScript file of the
// project's own node_modules is copied to a temporary folder, and the built command line runs
// `check` and a writing `migrate --force` over it. Real code holds no password grant, so:
//   - neither run crashes (exit 0, or 3 when some files cannot be parsed);
//   - no finding, no rewrite, no manual-review entry;
//   - every file is byte-for-byte unchanged, and no temp file is left behind;
//   - every file reported unparsable is one that @babel/parser itself cannot parse with any
//     plugin set (JSX/Flow, TypeScript, TSX; module or script): otherwise our parser choice is wrong.
// Prints a summary and the time taken; exits 1 listing what broke a rule.
// Needs a build first (`npm run build`). `--keep` leaves the temporary folder for inspection.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'password-grant-codemod.js');
const require = createRequire(import.meta.url);
const { parse } = require('@babel/parser');

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?)$/i;
// Folder names the tool never searches; renamed in the copy so that their files are swept.
const RENAMED_FOLDERS = new Map([
  ['node_modules', 'nm'],
  ['.git', 'dot-git'],
]);
const TEMP_FILE = /\.pgc-\d+-[0-9a-f]{8}\.tmp$/;

const keep = process.argv.includes('--keep');
const started = Date.now();

if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
  console.error('sweep: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'pgc-sweep-'));
const corpus = path.join(work, 'corpus');
const originals = copyCorpus(path.join(ROOT, 'node_modules'), corpus);
console.log(`sweep: ${originals.size} files copied to ${corpus}`);

const problems = [];
const check = runCli(['check', '.', '--format', 'json', '--output', path.join(work, 'check.json')]);
const migrate = runCli(['migrate', '.', '--force', '--format', 'json', '--scopes', 'analytics:readonly', '--output', path.join(work, 'migrate.json')]);
const checkReport = readReport('check', check, path.join(work, 'check.json'));
const migrateReport = readReport('migrate', migrate, path.join(work, 'migrate.json'));

for (const [name, run] of [['check', check], ['migrate', migrate]]) {
  if (run.status !== 0 && run.status !== 3) problems.push(`${name} exited ${run.status ?? run.signal}: ${run.stderr.trim().slice(0, 2000)}`);
}
if (checkReport) {
  for (const finding of checkReport.findings) problems.push(`check finding: ${finding.file}:${finding.line} ${finding.rule}`);
}
if (migrateReport) {
  for (const entry of migrateReport.changed) problems.push(`migrate changed ${entry.file}`);
  for (const entry of migrateReport.manual) problems.push(`migrate listed for manual review: ${entry.file}:${entry.line}`);
}

let changedOnDisk = 0;
for (const [relative, digest] of originals) {
  const file = path.join(corpus, relative);
  if (!fs.existsSync(file) || hashFile(file) !== digest) {
    changedOnDisk++;
    problems.push(`file changed on disk: ${relative}`);
  }
}
for (const entry of fs.readdirSync(corpus, { recursive: true, encoding: 'utf8' })) {
  if (TEMP_FILE.test(entry)) problems.push(`stray temp file: ${entry}`);
}

// Unparsable by us but parsable by Babel: the parser choice for that file is wrong.
const errorFiles = new Map();
for (const report of [checkReport, migrateReport]) {
  for (const error of report?.errors ?? []) errorFiles.set(error.file, error.message);
}
let babelAgrees = 0;
for (const [file, message] of errorFiles) {
  const plugins = findBabelPluginsThatParse(fs.readFileSync(path.join(corpus, file), 'utf8'), file);
  if (plugins) problems.push(`reported unparsable but @babel/parser parses it with [${plugins}]: ${file} (${message})`);
  else babelAgrees++;
}

// The prefilter keeps most files from the parser in the runs above, so the parser choice is
// also tried directly on every file: ours must read whatever Babel can read.
const { parseSource, splitBom } = require(path.join(ROOT, 'dist', 'src', 'parse', 'parse-source.js'));
let parsedDirectly = 0;
let unparsableDirectly = 0;
for (const relative of originals.keys()) {
  const bytes = fs.readFileSync(path.join(corpus, relative));
  if (bytes.length > 2 * 1024 * 1024) continue;
  const text = splitBom(bytes.toString('utf8')).text;
  try {
    parseSource(text, relative);
    parsedDirectly++;
  } catch (error) {
    unparsableDirectly++;
    const plugins = findBabelPluginsThatParse(text, relative);
    if (plugins) problems.push(`parseSource fails but @babel/parser parses it with ${plugins}: ${relative} (${error.message})`);
  }
}
console.log(`sweep: parseSource on every file: ${parsedDirectly} parsed, ${unparsableDirectly} not (Babel cannot either)`);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `sweep: ${originals.size} files; check exit ${check.status}, migrate exit ${migrate.status}; ` +
    `scanned ${migrateReport?.summary.filesScanned ?? '?'}, skipped ${migrateReport?.skipped.length ?? '?'}, ` +
    `unparsable ${errorFiles.size} (Babel agrees on ${babelAgrees}); changed on disk ${changedOnDisk}; ${seconds} s`,
);
if (keep) console.log(`sweep: kept ${work}`);
else fs.rmSync(work, { recursive: true, force: true });

if (problems.length > 0) {
  console.error(`sweep: ${problems.length} problem(s):\n  ${problems.slice(0, 200).join('\n  ')}`);
  process.exit(1);
}
console.log('sweep: ok');

/** Copies the source files under `from` to `to`; returns their content hashes by relative path. */
function copyCorpus(from, to) {
  const hashes = new Map();
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !SOURCE_FILE.test(entry.name)) continue;
    const source = path.join(entry.parentPath ?? entry.path, entry.name);
    const relative = path
      .relative(from, source)
      .split(path.sep)
      .map((segment) => RENAMED_FOLDERS.get(segment) ?? segment)
      .join('/');
    const target = path.join(to, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
    hashes.set(relative, hashFile(target));
  }
  return hashes;
}

function hashFile(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function runCli(args) {
  const env = { ...process.env, CI: '1', GIT_CEILING_DIRECTORIES: path.dirname(work) };
  return spawnSync(process.execPath, [BIN, ...args], { cwd: corpus, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function readReport(name, run, file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    problems.push(`${name}: no JSON report (exit ${run.status ?? run.signal}): ${run.stderr.trim().slice(0, 2000)}`);
    return null;
  }
}

/** The first plugin set with which Babel parses the file (errorRecovery off), or null. */
function findBabelPluginsThatParse(text, file) {
  const common = ['decorators-legacy', 'importAttributes', 'explicitResourceManagement'];
  const sets = /\.d\.[cm]?ts$/i.test(file)
    ? [[['typescript', { dts: true }]]]
    : [['jsx', 'flow'], ['typescript'], ['typescript', 'jsx'], ['jsx'], []];
  for (const plugins of sets) {
    for (const sourceType of ['module', 'script', 'commonjs']) {
      try {
        parse(text.replace(/^\uFEFF/, ''), { sourceType, errorRecovery: false, allowReturnOutsideFunction: sourceType === 'script', plugins: [...common, ...plugins] });
        return JSON.stringify(plugins) + ` ${sourceType}`;
      } catch {
        // try the next set
      }
    }
  }
  return null;
}
