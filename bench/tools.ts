import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The commands timed on each corpus. Every tool gets the same worker count and the same
 * scopes; each run's output is parsed back so that the table also shows that the tools did
 * the same work (files changed or matched), not only how fast they were.
 */

export type ToolName =
  | 'check'
  | 'migrate --dry-run'
  | 'jscodeshift --dry'
  | 'jscodeshift --dry, prefilter'
  | 'grep -rl'
  | 'ast-grep scan'
  | 'eslint no-restricted-syntax'
  | 'check --changed-since'
  | 'check FILES (by name)';

/** The corpora: node_modules, the generated services, and a generated git repository with a small change. */
export type CorpusName = 'real' | 'synthetic' | 'changed';

/**
 * - `ours`: what is measured;
 * - `anchor`: what the targets are set against: jscodeshift's runner with our transform
 *   written the usual jscodeshift way, every file parsed (see bench/anchor/parse-every-file.ts);
 * - `reference`: jscodeshift's runner with the transform as shipped, which skips the parse of a
 *   file that never names the method: what is left between it and us is runner overhead;
 * - `floor`: reading the bytes (grep).
 */
export type ToolRole = 'ours' | 'anchor' | 'reference' | 'floor' | 'peer' | 'by-name';

export interface ToolContext {
  repoRoot: string;
  corpusDir: string;
  workers: number;
  scopes: string;
  /** where a tool may write its report */
  reportFile: string;
  /** a folder for the tool's own configuration files (default: the system's temporary folder) */
  workDir?: string;
  /** the corpus's source files, sorted (for a tool timed on a sample of them) */
  listFiles?: () => string[];
  /** the changed corpus: the files of its change, relative to it */
  changedFiles?: readonly string[];
}

export interface ToolCommand {
  command: string;
  args: string[];
  /** where it runs (default: the benchmark's work folder) */
  cwd?: string;
  /** exit codes that mean the tool ran to the end */
  okExitCodes: number[];
  /** what the run found or would change, read from its output, for the table */
  readOutcome: (stdout: string, report: string | null) => string;
  /** run on every k-th file only: its time is multiplied by this for the ratios (1: the whole corpus) */
  sampleEvery?: number;
}

export interface Tool {
  name: ToolName;
  role: ToolRole;
  describe: string;
  /** the corpora it is timed on (default: real and synthetic) */
  corpora?: readonly CorpusName[];
  build: (context: ToolContext) => ToolCommand;
}

/** ESLint is timed on an even sample: on all of node_modules it took 86 s and 2.65 GB. */
export const ESLINT_SAMPLE_EVERY = 6;

const BIN = (repoRoot: string) => path.join(repoRoot, 'bin', 'password-grant-codemod.js');
export const JSCODESHIFT_TRANSFORM = 'transforms/password-grant-to-client-credentials.ts';
export const ANCHOR_TRANSFORM = 'bench/anchor/parse-every-file.ts';

/**
 * jscodeshift's own runner on a TypeScript transform, which it compiles with its own babel
 * register in each worker, the way a user runs it.
 */
function jscodeshiftTool(spec: { name: ToolName; role: ToolRole; transform: string; note: string }): Tool {
  return {
    name: spec.name,
    role: spec.role,
    describe: `jscodeshift -t ${spec.transform} --parser=tsx --dry --cpus=N --extensions=js,ts,mjs,cjs --scopes=S (${spec.note})`,
    build: ({ repoRoot, corpusDir, workers, scopes }) => ({
      command: process.execPath,
      args: [
        path.join(repoRoot, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js'),
        '-t',
        path.join(repoRoot, spec.transform),
        '--parser=tsx',
        '--dry',
        `--cpus=${workers}`,
        '--extensions=js,ts,mjs,cjs',
        `--scopes=${scopes}`,
        corpusDir,
      ],
      okExitCodes: [0],
      readOutcome: readJscodeshiftOutcome,
    }),
  };
}

/** jscodeshift's closing summary: "N errors", "N unmodified", "N skipped", "N ok". */
export function readJscodeshiftOutcome(stdout: string): string {
  const count = (label: string) => new RegExp(`^(\\d+) ${label}\\s*$`, 'm').exec(stdout)?.[1] ?? '?';
  return `${count('ok')} changed, ${count('errors')} errors`;
}

export const TOOLS: readonly Tool[] = [
  {
    name: 'check',
    role: 'ours',
    describe: 'password-grant-codemod check --format json --output FILE --workers N',
    build: ({ repoRoot, corpusDir, workers, reportFile }) => ({
      command: process.execPath,
      args: [BIN(repoRoot), 'check', corpusDir, '--format', 'json', '--output', reportFile, '--workers', String(workers)],
      okExitCodes: [0, 1, 3],
      readOutcome: (_stdout, report) => {
        const summary = report ? JSON.parse(report).summary : null;
        return summary ? `${summary.findings} findings, ${summary.filesParsed} parsed` : '?';
      },
    }),
  },
  {
    name: 'migrate --dry-run',
    role: 'ours',
    describe: 'password-grant-codemod migrate --dry-run --scopes S --format json --output FILE --workers N',
    build: ({ repoRoot, corpusDir, workers, scopes, reportFile }) => ({
      command: process.execPath,
      args: [
        BIN(repoRoot),
        'migrate',
        corpusDir,
        '--dry-run',
        '--scopes',
        scopes,
        '--format',
        'json',
        '--output',
        reportFile,
        '--workers',
        String(workers),
      ],
      okExitCodes: [0, 3],
      readOutcome: (_stdout, report) => {
        const summary = report ? JSON.parse(report).summary : null;
        return summary ? `${summary.filesChanged} changed, ${summary.filesParsed} parsed` : '?';
      },
    }),
  },
  jscodeshiftTool({
    name: 'jscodeshift --dry',
    role: 'anchor',
    transform: ANCHOR_TRANSFORM,
    note: 'every file parsed by jscodeshift (`j(file.source)`), as jscodeshift transforms are usually written',
  }),
  jscodeshiftTool({
    name: 'jscodeshift --dry, prefilter',
    role: 'reference',
    transform: JSCODESHIFT_TRANSFORM,
    note: 'the transform as shipped: a file that never names postOAuthApiToken is not parsed',
  }),
  {
    name: 'grep -rl',
    role: 'floor',
    describe: 'grep -rl postOAuthApiToken DIR',
    build: ({ corpusDir }) => ({
      command: 'grep',
      args: ['-rl', 'postOAuthApiToken', corpusDir],
      okExitCodes: [0, 1],
      readOutcome: (stdout) => `${stdout.split('\n').filter((line) => line !== '').length} files match`,
    }),
  },
  {
    name: 'ast-grep scan',
    role: 'peer',
    describe: 'ast-grep scan --rule R --threads N DIR, one rule `$R.postOAuthApiToken($$$)` for JavaScript, TypeScript and TSX',
    build: ({ repoRoot, corpusDir, workers, workDir }) => ({
      command: findAstGrepBinary(repoRoot),
      args: ['scan', '--rule', writeAstGrepRules(workDir ?? os.tmpdir()), '--threads', String(workers), '--json=stream', corpusDir],
      okExitCodes: [0, 1],
      readOutcome: (stdout) => `${stdout.split('\n').filter((line) => line.trim() !== '').length} matches`,
    }),
  },
  {
    name: 'eslint no-restricted-syntax',
    role: 'peer',
    describe: `eslint --no-config-lookup -c CONFIG (one no-restricted-syntax rule on the call; typescript-eslint's parser for TS), every ${ESLINT_SAMPLE_EVERY}th file, time scaled`,
    build: ({ repoRoot, workDir, listFiles, reportFile }) => ({
      command: process.execPath,
      args: [
        path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js'),
        '--no-config-lookup',
        '-c',
        writeEslintConfig(repoRoot, workDir ?? os.tmpdir()),
        '--no-warn-ignored',
        '--format',
        'json',
        '--output-file',
        reportFile,
        ...(listFiles?.() ?? []).filter((_, index) => index % ESLINT_SAMPLE_EVERY === 0),
      ],
      okExitCodes: [0, 1],
      sampleEvery: ESLINT_SAMPLE_EVERY,
      readOutcome: (_stdout, report) => {
        const files = report ? (JSON.parse(report) as { messages: { ruleId: string | null }[] }[]) : [];
        const matches = files.reduce((sum, file) => sum + file.messages.filter((message) => message.ruleId === 'no-restricted-syntax').length, 0);
        const errors = files.reduce((sum, file) => sum + file.messages.filter((message) => message.ruleId === null).length, 0);
        return `${matches} matches, ${errors} parse errors (${files.length} files)`;
      },
    }),
  },
  {
    name: 'check --changed-since',
    role: 'ours',
    corpora: ['changed'],
    describe: 'password-grant-codemod check --changed-since main --format json --output FILE',
    build: ({ repoRoot, corpusDir, reportFile }) => ({
      command: process.execPath,
      args: [BIN(repoRoot), 'check', '--changed-since', 'main', '--format', 'json', '--output', reportFile],
      cwd: corpusDir,
      okExitCodes: [0, 1, 3],
      readOutcome: readCheckOutcome,
    }),
  },
  {
    name: 'check FILES (by name)',
    role: 'by-name',
    corpora: ['changed'],
    describe: 'password-grant-codemod check F1 … F22 --format json --output FILE (the same files, named)',
    build: ({ repoRoot, corpusDir, reportFile, changedFiles }) => ({
      command: process.execPath,
      args: [BIN(repoRoot), 'check', ...(changedFiles ?? []), '--format', 'json', '--output', reportFile],
      cwd: corpusDir,
      okExitCodes: [0, 1, 3],
      readOutcome: readCheckOutcome,
    }),
  },
];

function readCheckOutcome(_stdout: string, report: string | null): string {
  const summary = report ? JSON.parse(report).summary : null;
  return summary ? `${summary.findings} findings, ${summary.filesScanned} scanned` : '?';
}


/**
 * ast-grep's own binary: npm 11 may not run @ast-grep/cli's install script, which links
 * it, so the platform package's binary is called directly when it is there.
 */
function findAstGrepBinary(repoRoot: string): string {
  const modules = path.join(repoRoot, 'node_modules', '@ast-grep');
  const platform = fs.existsSync(modules) ? fs.readdirSync(modules).find((name) => name.startsWith(`cli-${process.platform}-${process.arch}`)) : undefined;
  const binary = platform ? path.join(modules, platform, process.platform === 'win32' ? 'ast-grep.exe' : 'ast-grep') : undefined;
  return binary && fs.existsSync(binary) ? binary : path.join(repoRoot, 'node_modules', '.bin', 'ast-grep');
}

/** One rule per language (ast-grep parses each with its own grammar), in one multi-document file. */
function writeAstGrepRules(workDir: string): string {
  const file = path.join(workDir, 'ast-grep-rules.yml');
  const rule = (language: string) =>
    [`id: password-grant-${language.toLowerCase()}`, `language: ${language}`, 'severity: warning', 'message: password grant', 'rule:', "  pattern: $R.postOAuthApiToken($$$)"].join('\n');
  fs.writeFileSync(file, `${['JavaScript', 'TypeScript', 'Tsx'].map(rule).join('\n---\n')}\n`);
  return file;
}

/** A flat config in a folder of its own: the rule on every file, typescript-eslint's parser for TypeScript. */
function writeEslintConfig(repoRoot: string, workDir: string): string {
  const file = path.join(workDir, 'eslint.config.cjs');
  const rule = { 'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='postOAuthApiToken']", message: 'password grant' }] };
  fs.writeFileSync(
    file,
    [
      `const tsParser = require(${JSON.stringify(require.resolve('@typescript-eslint/parser', { paths: [repoRoot] }))});`,
      'module.exports = [',
      `  { files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' }, rules: ${JSON.stringify(rule)} },`,
      `  { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser }, rules: ${JSON.stringify(rule)} },`,
      '];',
      '',
    ].join('\n'),
  );
  return file;
}
