import * as path from 'path';

/**
 * The commands timed on each corpus. Every tool gets the same worker count and the same
 * scopes; each run's output is parsed back so that the table also shows that the tools did
 * the same work (files changed or matched), not only how fast they were.
 */

export type ToolName = 'check' | 'migrate --dry-run' | 'jscodeshift --dry' | 'grep -rl';

export interface ToolContext {
  repoRoot: string;
  corpusDir: string;
  workers: number;
  scopes: string;
  /** where a tool may write its report */
  reportFile: string;
}

export interface ToolCommand {
  command: string;
  args: string[];
  /** exit codes that mean the tool ran to the end */
  okExitCodes: number[];
  /** what the run found or would change, read from its output, for the table */
  readOutcome: (stdout: string, report: string | null) => string;
}

export interface Tool {
  name: ToolName;
  /** ours, or a reference point */
  role: 'ours' | 'anchor' | 'floor';
  describe: string;
  build: (context: ToolContext) => ToolCommand;
}

const BIN = (repoRoot: string) => path.join(repoRoot, 'bin', 'password-grant-codemod.js');
export const JSCODESHIFT_TRANSFORM = 'transforms/password-grant-to-client-credentials.ts';

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
  {
    name: 'jscodeshift --dry',
    role: 'anchor',
    describe: `jscodeshift -t ${JSCODESHIFT_TRANSFORM} --parser=tsx --dry --cpus=N --extensions=js,ts,mjs,cjs --scopes=S (TS transform, compiled by jscodeshift's own babel register)`,
    build: ({ repoRoot, corpusDir, workers, scopes }) => ({
      command: process.execPath,
      args: [
        path.join(repoRoot, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js'),
        '-t',
        path.join(repoRoot, JSCODESHIFT_TRANSFORM),
        '--parser=tsx',
        '--dry',
        `--cpus=${workers}`,
        '--extensions=js,ts,mjs,cjs',
        `--scopes=${scopes}`,
        corpusDir,
      ],
      okExitCodes: [0],
      readOutcome: (stdout) => {
        // jscodeshift's closing summary: "N errors", "N unmodified", "N skipped", "N ok".
        const count = (label: string) => new RegExp(`^(\\d+) ${label}\\s*$`, 'm').exec(stdout)?.[1] ?? '?';
        return `${count('ok')} changed, ${count('errors')} errors`;
      },
    }),
  },
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
];
