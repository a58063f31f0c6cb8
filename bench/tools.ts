import * as path from 'path';

/**
 * The commands timed on each corpus. Every tool gets the same worker count and the same
 * scopes; each run's output is parsed back so that the table also shows that the tools did
 * the same work (files changed or matched), not only how fast they were.
 */

export type ToolName = 'check' | 'migrate --dry-run' | 'jscodeshift --dry' | 'jscodeshift --dry, prefilter' | 'grep -rl';

/**
 * - `ours`: what is measured;
 * - `anchor`: what the targets are set against: jscodeshift's runner with our transform
 *   written the usual jscodeshift way, every file parsed (see bench/anchor/parse-every-file.ts);
 * - `reference`: jscodeshift's runner with the transform as shipped, which skips the parse of a
 *   file that never names the method: what is left between it and us is runner overhead;
 * - `floor`: reading the bytes (grep).
 */
export type ToolRole = 'ours' | 'anchor' | 'reference' | 'floor';

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
  role: ToolRole;
  describe: string;
  build: (context: ToolContext) => ToolCommand;
}

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
];
