import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * `npm run bench:typeaware`: what type-aware mode (--project) costs. Generates TypeScript
 * projects of growing size (a client factory, a credentials module, and service modules of
 * which one in four logs in across modules), then times `migrate --dry-run` per file, with
 * --project, and with --project --typecheck. The ts-morph Project is built once per run on
 * the main thread (the CLI reports how long that took on stderr); what grows with the file
 * count beyond that is the per-file work, shared by the worker threads.
 */

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(REPO_ROOT, 'bin', 'password-grant-codemod.js');
const SIZES = [100, 400];
const RESULTS_FILE = path.join(REPO_ROOT, 'bench', 'results', 'typeaware.md');

const SDK_TYPES = `declare module '@genesyscloud/genesyscloud' {
  export interface TokenResponse { access_token: string }
  export interface AuthData { accessToken: string }
  export class ApiClient {
    static instance: ApiClient;
    init(config: { clientId: string; clientSecret: string; basePath?: string }): void;
    postOAuthApiToken(body: { credentials?: { username: string; password: string } }): Promise<TokenResponse>;
    loginClientCredentials(clientId: string, clientSecret: string, scopes?: string[]): Promise<AuthData>;
  }
}
declare const process: { env: Record<string, string | undefined> };
`;

function serviceModule(index: number): string {
  if (index % 4 === 0) {
    return [
      "import { createClient } from '../factory';",
      "import { serviceAccount } from '../credentials';",
      '',
      'const gc = createClient();',
      '',
      `export async function login${index}(): Promise<void> {`,
      '  await gc.postOAuthApiToken(serviceAccount);',
      '}',
      '',
    ].join('\n');
  }
  return [
    `export interface Order${index} { id: string; total: number; lines: { sku: string; quantity: number }[] }`,
    '',
    `export function totalOf${index}(order: Order${index}): number {`,
    '  return order.lines.reduce((sum, line) => sum + line.quantity, 0) * order.total;',
    '}',
    '',
  ].join('\n');
}

export function writeProject(dir: string, services: number): void {
  const write = (relative: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, relative), text);
  };
  write('tsconfig.json', JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [], lib: ['ES2020'] }, include: ['src', 'types'] }));
  write('types/sdk.d.ts', SDK_TYPES);
  write('src/factory.ts', "import { ApiClient } from '@genesyscloud/genesyscloud';\nexport const createClient = (): ApiClient => new ApiClient();\n");
  write('src/credentials.ts', "export const serviceAccount = { credentials: { username: process.env.SVC_USER ?? '', password: process.env.SVC_PASS ?? '' } };\n");
  for (let index = 0; index < services; index++) write(`src/services/service-${index}.ts`, serviceModule(index));
}

interface Timing {
  wallMs: number;
  projectMs: number | null;
  changed: number;
  manual: number;
}

function timeRun(dir: string, extra: string[]): Timing {
  const started = performance.now();
  const run = spawnSync(process.execPath, [BIN, 'migrate', '.', '--dry-run', '--scopes', 'analytics:readonly', '--format', 'json', '--workers', '2', ...extra], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`migrate ${extra.join(' ')} exited ${run.status}: ${run.stderr}`);
  const summary = JSON.parse(run.stdout).summary;
  const projectMs = /loaded \d+ file\(s\) of .* in (\d+) ms/.exec(run.stderr)?.[1];
  return { wallMs, projectMs: projectMs ? Number(projectMs) : null, changed: summary.filesChanged, manual: summary.manual };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function main(): void {
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('run `npm run build` first');
  const workDir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'pgc-bench-typeaware-'));
  const rows: string[] = [];
  try {
    for (const size of SIZES) {
      const dir = path.join(workDir, String(size));
      writeProject(dir, size);
      const perFile = timeRun(dir, []);
      const project = timeRun(dir, ['--project', 'tsconfig.json']);
      const typecheck = timeRun(dir, ['--project', 'tsconfig.json', '--typecheck']);
      const files = size + 2;
      process.stderr.write(`${files} files: per file ${seconds(perFile.wallMs)}, --project ${seconds(project.wallMs)}, --typecheck ${seconds(typecheck.wallMs)}\n`);
      rows.push(
        `| ${files} | ${seconds(perFile.wallMs)} (${perFile.changed} changed, ${perFile.manual} manual) | ` +
          `${seconds(project.wallMs)} (${project.changed} changed, ${project.manual} manual) | ${seconds(project.projectMs ?? 0)} | ` +
          `${seconds(typecheck.wallMs)} |`,
      );
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  const markdown = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} CPUs, Node ${process.version}, \`migrate --dry-run --workers 2\`, one run each.`,
    '',
    '| files | per file | --project | of which loading ts-morph and building the Project (once) | --project --typecheck |',
    '| ---: | --- | --- | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `# Benchmark: type-aware mode\n\n${markdown}`);
  process.stdout.write(`${markdown}\nResults: ${path.relative(process.cwd(), RESULTS_FILE)}\n`);
}

if (require.main === module) main();
