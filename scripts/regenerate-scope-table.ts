/**
 * Regenerates data/genesys-operation-scopes.json: which OAuth scopes each Genesys Cloud
 * Platform API operation accepts, keyed by the SDK's own `<Class>.<method>` names.
 *
 *   npm run build
 *   curl -o swagger.json https://api.mypurecloud.com/api/v2/docs/swagger
 *   node dist/scripts/regenerate-scope-table.js swagger.json [--sdk DIR] [--out FILE]
 *
 * Inputs: the Platform API's published OpenAPI (Swagger 2.0) description, and the installed
 * `purecloud-platform-client-v2` SDK sources (a devDependency), whose methods are joined to
 * the spec by HTTP method and path, taken from each method's `callApi(path, method, ...)`.
 * Each operation's `security` → `PureCloud OAuth` list gives the scopes; any one is enough.
 * SDK methods the spec lacks (newer or preview APIs) get the scopes of the documented method
 * with the longest shared path prefix, as hints only (`inferredOperations`).
 */
import { createHash } from 'crypto';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { ScopeTableFile } from '../src/scopes/scope-table';

const OAUTH_SCHEME = 'PureCloud OAuth';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
/** a guess needs at least `/api/v2/<area>` in common with a documented path */
const MIN_SHARED_SEGMENTS = 3;

export interface SdkMethod {
  /** `AnalyticsApi.postAnalyticsConversationsDetailsQuery` */
  key: string;
  method: string;
  http: string;
  path: string;
}

interface SpecOperation {
  operationId?: string;
  /** null: the spec gives no `security` for the operation */
  security: Record<string, string[]>[] | null;
}

interface Swagger {
  security?: Record<string, string[]>[];
  securityDefinitions?: Record<string, { scopes?: Record<string, string> }>;
  paths: Record<string, Record<string, { operationId?: string; security?: Record<string, string[]>[] }>>;
}

/** The SDK's API methods, from `src/purecloud-platform-client-v2/api/*.js`. */
export function readSdkMethods(apiFolder: string): SdkMethod[] {
  const methods: SdkMethod[] = [];
  for (const file of readdirSync(apiFolder).filter((name) => name.endsWith('Api.js')).sort()) {
    const apiClass = file.replace(/\.js$/, '');
    const source = readFileSync(path.join(apiFolder, file), 'utf8');
    // A method starts at a line `\tname(args) {` and its body calls `callApi('path', 'METHOD', ...)`.
    const starts = [...source.matchAll(/^\t([A-Za-z_$][\w$]*)\(([^)]*)\)\s*\{/gm)].filter((match) => match[1] !== 'constructor');
    starts.forEach((start, index) => {
      const body = source.slice(start.index, starts[index + 1]?.index ?? source.length);
      const call = /callApi\(\s*'([^']+)',\s*'([A-Z]+)'/.exec(body);
      if (call) methods.push({ key: `${apiClass}.${start[1]}`, method: start[1] as string, http: call[2] as string, path: call[1] as string });
    });
  }
  return methods;
}

/** `GET /api/v2/users/{userId}` and `GET /api/v2/users/{id}` are the same operation. */
function joinKey(http: string, specPath: string): string {
  return `${http.toUpperCase()} ${specPath.replace(/\{[^}]*\}/g, '{}')}`;
}

function indexSpec(swagger: Swagger): Map<string, SpecOperation> {
  const operations = new Map<string, SpecOperation>();
  for (const [specPath, item] of Object.entries(swagger.paths)) {
    for (const [http, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.includes(http)) continue;
      operations.set(joinKey(http, specPath), { operationId: operation.operationId, security: operation.security ?? swagger.security ?? null });
    }
  }
  return operations;
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `/api/v2/users/{id}` and `/api/v2/users/me` share 3 segments: api, v2, users. */
function sharedSegments(a: string, b: string): number {
  const left = a.split('/').filter(Boolean);
  const right = b.split('/').filter(Boolean);
  let count = 0;
  while (count < left.length && count < right.length && left[count] === right[count]) count++;
  return count;
}

/**
 * A guess from a documented sibling: for a read, the sibling's read-write scopes and their
 * read-only twins; for a write, the sibling's scopes as they are when it uses the same HTTP
 * method, else only its read-write ones.
 */
function widenForMethod(scopes: readonly string[], http: string, siblingHttp: string): string[] {
  if (http !== 'GET' && http === siblingHttp) return [...scopes].sort();
  const bases = scopes.map((scope) => scope.replace(/:readonly$/, ''));
  const widened = http === 'GET' ? bases.flatMap((base) => [base, `${base}:readonly`]) : bases;
  return [...new Set(widened)].sort();
}

export interface BuildInputs {
  swagger: Swagger;
  sdkMethods: readonly SdkMethod[];
  sdkPackage: string;
  source: string;
}

export function buildScopeTable({ swagger, sdkMethods, sdkPackage, source }: BuildInputs): ScopeTableFile {
  const spec = indexSpec(swagger);
  const operations = new Map<string, string[]>();
  const nonOAuth = new Map<string, { security: string[] }>();
  const mismatches = new Map<string, string>();
  const unmatched: SdkMethod[] = [];
  const documented: { method: SdkMethod; scopes: string[] }[] = [];

  for (const method of sdkMethods) {
    const operation = spec.get(joinKey(method.http, method.path));
    if (!operation || operation.security === null) {
      unmatched.push(method);
      continue;
    }
    if (operation.operationId && operation.operationId !== method.method) mismatches.set(method.key, operation.operationId);
    const oauth = operation.security.find((requirement) => OAUTH_SCHEME in requirement);
    if (!oauth) {
      nonOAuth.set(method.key, { security: operation.security.flatMap((requirement) => Object.keys(requirement)) });
      continue;
    }
    const scopes = [...new Set(oauth[OAUTH_SCHEME] ?? [])].sort();
    operations.set(method.key, scopes);
    if (scopes.length > 0) documented.push({ method, scopes });
  }

  const inferred = new Map<string, { scopes: string[]; basis: string; http: string; path: string }>();
  const uncovered: string[] = [];
  for (const method of unmatched) {
    // The longest shared path prefix wins; among equals, a sibling with the same HTTP method.
    let best: { method: SdkMethod; scopes: string[] } | null = null;
    let bestShared = MIN_SHARED_SEGMENTS - 1;
    let bestSameHttp = false;
    for (const candidate of documented) {
      const shared = sharedSegments(method.path, candidate.method.path);
      const sameHttp = candidate.method.http === method.http;
      if (shared > bestShared || (shared === bestShared && best !== null && sameHttp && !bestSameHttp)) {
        best = candidate;
        bestShared = shared;
        bestSameHttp = sameHttp;
      }
    }
    if (!best) {
      uncovered.push(method.key);
      continue;
    }
    inferred.set(method.key, {
      scopes: widenForMethod(best.scopes, method.http, best.method.http),
      basis: `${best.method.key} (${best.method.http} ${best.method.path}); shared path prefix segments=${bestShared}`,
      http: method.http,
      path: method.path,
    });
  }

  const descriptions = swagger.securityDefinitions?.[OAUTH_SCHEME]?.scopes ?? {};
  const allScopes = new Set([...operations.values(), ...[...inferred.values()].map((entry) => entry.scopes)].flat());
  return {
    source,
    sourceNotes: [
      `Keys are '<SdkClass>.<sdkMethod>' from ${sdkPackage}; each SDK method was joined to the spec by HTTP method and path from its callApi(...) call.`,
      "Values are the scopes of the operation's security [{\"PureCloud OAuth\": [...]}]: any one of them is enough. An empty list: any valid token works.",
    ],
    sdkPackage,
    stats: {
      sdkMethods: sdkMethods.length,
      withOAuthSecurity: operations.size,
      withoutScopeRequirement: [...operations.values()].filter((scopes) => scopes.length === 0).length,
      matchedWithoutOAuthSecurity: nonOAuth.size,
      inferred: inferred.size,
      uncovered: uncovered.length,
      specOperationIdDiffersFromSdkMethod: mismatches.size,
    },
    operations: sortedRecord(operations),
    nonOAuthOperations: sortedRecord(nonOAuth),
    inferredOperations: {
      _note: "NOT from the spec: SDK methods absent from it (newer or preview APIs). Scopes guessed from the documented SDK method with the longest shared path prefix; GET widened to base+':readonly'. Treat as hints only.",
      ...sortedRecord(inferred),
    },
    uncovered: uncovered.sort(),
    operationIdMismatches: sortedRecord(mismatches),
    scopes: sortedRecord([...allScopes].map((scope) => [scope, descriptions[scope] ?? null])),
  };
}

function main(argv: string[]): void {
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const swaggerFile = argv.find((arg, index) => !arg.startsWith('--') && !argv[index - 1]?.startsWith('--'));
  if (!swaggerFile) {
    process.stderr.write('usage: node dist/scripts/regenerate-scope-table.js SWAGGER.json [--sdk DIR] [--out FILE]\n');
    process.exitCode = 2;
    return;
  }
  const repoRoot = path.resolve(__dirname, '..', '..');
  const sdkRoot = option('--sdk') ?? path.join(repoRoot, 'node_modules', 'purecloud-platform-client-v2');
  const out = option('--out') ?? path.join(repoRoot, 'data', 'genesys-operation-scopes.json');
  const swaggerText = readFileSync(swaggerFile, 'utf8');
  const sdkVersion = (JSON.parse(readFileSync(path.join(sdkRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const table = buildScopeTable({
    swagger: JSON.parse(swaggerText) as Swagger,
    sdkMethods: readSdkMethods(path.join(sdkRoot, 'src', 'purecloud-platform-client-v2', 'api')),
    sdkPackage: `purecloud-platform-client-v2@${sdkVersion}`,
    source: `${path.basename(swaggerFile)} (sha256 ${createHash('sha256').update(swaggerText).digest('hex')}), generated ${new Date().toISOString().slice(0, 10)}`,
  });
  writeFileSync(out, `${JSON.stringify(table, null, 2)}\n`);
  process.stdout.write(`wrote ${out}: ${JSON.stringify(table.stats)}\n`);
}

if (require.main === module) main(process.argv.slice(2));
