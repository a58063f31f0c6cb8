import { z } from 'zod';
import { buildChecklist, type ChecklistFileInput, type ChecklistServiceInput, type ServiceChecklist } from '../checklist/build-checklist';
import { UsageError } from '../errors';
import { DEFAULT_CLIENT_ID_ENV, DEFAULT_CLIENT_SECRET_ENV, type Target } from '../rewrite/types';
import type { CheckJsonReport } from './check/json';
import type { MigrateJsonReport } from './migrate/json';

/**
 * Combines the JSON reports of the jobs of a CI matrix (`--shard i/n`) into the report one
 * unsharded run would have printed: entries concatenated, de-duplicated (a file reported by
 * two jobs counts once) and sorted by file, line and column; summary counts recomputed from
 * the merged lists where they can be, added up where they cannot (files scanned, parsed).
 * Pure: texts in, report out; reading files and printing are the command's job.
 */

export type ReportKind = 'check' | 'migrate';

export interface ReportInput {
  /** the name the user gave, for error messages */
  name: string;
  text: string;
}

export type MergedReport = { kind: 'check'; report: CheckJsonReport } | { kind: 'migrate'; report: MigrateJsonReport };

// Shapes checked before merging. Loose objects: keys added later by newer versions pass through.
const fileEntry = z.looseObject({ file: z.string() });
const positioned = z.looseObject({ file: z.string(), line: z.number(), column: z.number() });
const counts = z.record(z.string(), z.number());

const checkSchema = z.looseObject({
  version: z.literal(1),
  findings: z.array(positioned.extend({ rule: z.string(), fingerprint: z.string() })),
  errors: z.array(fileEntry),
  skipped: z.array(fileEntry).optional(),
  summary: counts,
  baseline: z.looseObject({ file: z.string(), matched: z.number(), stale: z.number() }).optional(),
  configuration: z
    .looseObject({ file: z.string(), weakened: z.array(z.looseObject({ rule: z.string() })), ignored: z.array(z.string()).optional() })
    .optional(),
});

const checklistSchema = z.looseObject({
  service: z.string(),
  files: z.array(z.string()),
  scopes: z.array(z.string()),
  envVars: z.object({ clientId: z.array(z.string()), clientSecret: z.array(z.string()) }),
  secretsToRotate: z.array(z.object({ file: z.string(), line: z.number(), kind: z.enum(['username', 'password']) })),
  legacyEnvVars: z.array(z.string()),
  steps: z.array(z.looseObject({ id: z.string(), text: z.string() })),
});

const migrateSchema = z.looseObject({
  version: z.literal(1),
  changed: z.array(fileEntry),
  manual: z.array(positioned),
  secrets: z.array(fileEntry.extend({ line: z.number() })),
  errors: z.array(fileEntry),
  skipped: z.array(fileEntry).optional(),
  checklist: z.array(checklistSchema).optional(),
  scopeInference: z.array(z.looseObject({ service: z.string() })).optional(),
  summary: counts,
});

/** `check` reports list findings, `migrate` reports list changed files; anything else is neither. */
export function detectReportKind(json: unknown): ReportKind | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const keys = new Set(Object.keys(json));
  if (keys.has('findings') && !keys.has('changed')) return 'check';
  if (keys.has('changed') && !keys.has('findings')) return 'migrate';
  return null;
}

const HINT = 'merge-reports reads the files written by `check --format json` or `migrate --format json`';

function parseReport(input: ReportInput): { kind: ReportKind; json: unknown } {
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch (error) {
    throw new UsageError(`${input.name}: not JSON (${(error as Error).message})`, HINT);
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof json === 'object' && json !== null && version !== 1) {
    throw new UsageError(`${input.name}: report version ${JSON.stringify(version)} is not supported (expected 1)`, HINT);
  }
  const kind = detectReportKind(json);
  if (!kind) throw new UsageError(`${input.name}: neither a check report (findings) nor a migrate report (changed)`, HINT);
  const result = (kind === 'check' ? checkSchema : migrateSchema).safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UsageError(`${input.name}: not a valid ${kind} report: ${issue.path.join('.') || '(top)'}: ${issue.message}`, HINT);
  }
  return { kind, json };
}

export function mergeReports(inputs: readonly ReportInput[]): MergedReport {
  if (inputs.length === 0) throw new UsageError('name at least one report to merge', HINT);
  const parsed = inputs.map(parseReport);
  const kind = parsed[0].kind;
  const other = parsed.findIndex((report) => report.kind !== kind);
  if (other !== -1) {
    throw new UsageError(
      `${inputs[other].name} is a ${parsed[other].kind} report but ${inputs[0].name} is a ${kind} report`,
      'merge the reports of one command at a time',
    );
  }
  return kind === 'check'
    ? { kind, report: mergeCheckReports(parsed.map((report) => report.json as CheckJsonReport)) }
    : { kind, report: mergeMigrateReports(parsed.map((report) => report.json as MigrateJsonReport)) };
}

// ---------------------------------------------------------------------------------------
// Ordering and de-duplication

/** Code-unit order, as the runner sorts report paths: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Located {
  file: string;
  line?: number;
  column?: number;
}

function compareLocated(a: Located, b: Located): number {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** JSON with sorted keys: two entries are the same when their texts are. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Concatenates, drops exact duplicates, sorts by file/line/column, then by `tieBreak` (the
 * order the runner uses), then by the whole entry, so the result never depends on input order.
 */
function concatSorted<T extends Located>(
  lists: readonly (readonly T[] | undefined)[],
  tieBreak: (a: T, b: T) => number = () => 0,
): T[] {
  const byText = new Map<string, T>();
  for (const list of lists) for (const entry of list ?? []) byText.set(canonical(entry), entry);
  return [...byText.entries()]
    .sort(([textA, a], [textB, b]) => compareLocated(a, b) || tieBreak(a, b) || compareText(textA, textB))
    .map(([, entry]) => entry);
}

/** The keys each merge handles itself; any other key is carried over by `mergeOtherKeys`. */
const CHECK_KEYS = new Set(['version', 'findings', 'errors', 'skipped', 'summary', 'baseline', 'baselineUpdated', 'configuration']);
const MIGRATE_KEYS = new Set(['version', 'changed', 'manual', 'secrets', 'errors', 'skipped', 'checklist', 'scopeInference', 'summary']);

/**
 * Keys a newer report may add: lists are concatenated, de-duplicated and sorted (by `file`,
 * else by `service`, else by content); anything else keeps the first report's value.
 */
function mergeOtherKeys(reports: readonly object[], handled: ReadonlySet<string>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const report of reports) {
    for (const [key, value] of Object.entries(report)) {
      if (handled.has(key)) continue;
      if (!(key in merged)) merged[key] = Array.isArray(value) ? [...value] : value;
      else if (Array.isArray(value) && Array.isArray(merged[key])) (merged[key] as unknown[]).push(...value);
    }
  }
  for (const [key, value] of Object.entries(merged)) {
    if (Array.isArray(value)) merged[key] = sortByKeyThenContent(value, (entry) => readSortKey(entry));
  }
  return merged;
}

function readSortKey(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return '';
  const { file, service } = entry as { file?: unknown; service?: unknown };
  return typeof file === 'string' ? file : typeof service === 'string' ? service : '';
}

/** De-duplicates by content and sorts by `keyOf`, then by content. */
function sortByKeyThenContent<T>(entries: readonly T[], keyOf: (entry: T) => string): T[] {
  const byText = new Map<string, T>();
  for (const entry of entries) byText.set(canonical(entry), entry);
  return [...byText.entries()]
    .sort(([textA, a], [textB, b]) => compareText(keyOf(a), keyOf(b)) || compareText(textA, textB))
    .map(([, entry]) => entry);
}

/** Adds up every numeric summary key of every report. */
function addUpSummaries(summaries: readonly Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const summary of summaries) {
    for (const [key, value] of Object.entries(summary)) total[key] = (total[key] ?? 0) + value;
  }
  return total;
}

// ---------------------------------------------------------------------------------------
// check

export function mergeCheckReports(reports: readonly CheckJsonReport[]): CheckJsonReport {
  const findings = concatSorted(
    reports.map((report) => report.findings),
    (a, b) => compareText(a.rule, b.rule) || compareText(a.fingerprint, b.fingerprint),
  );
  const errors = concatSorted(reports.map((report) => report.errors));
  const skipped = concatSorted(reports.map((report) => report.skipped));
  const summary = addUpSummaries(reports.map((report) => report.summary));
  const merged: CheckJsonReport = {
    ...mergeOtherKeys(reports, CHECK_KEYS),
    version: 1,
    findings,
    errors,
    skipped,
    summary: {
      ...summary,
      filesScanned: summary.filesScanned ?? 0,
      filesParsed: summary.filesParsed ?? 0,
      // counted from the lists, so that a file reported twice counts once
      findings: findings.length,
      errors: errors.length,
    },
  };
  // Every job read the same configuration; each shard names the hidden files of its own share.
  const configurations = reports.map((report) => report.configuration).filter((entry) => entry !== undefined);
  if (configurations.length > 0) {
    const ignored = [...new Set(configurations.flatMap((entry) => entry.ignored ?? []))].sort(compareText);
    merged.configuration = { ...configurations[0], ...(ignored.length > 0 ? { ignored } : {}) };
  }
  // `baselineUpdated` is left out: each job wrote its own baseline file, none is the merged one.
  const baselines = reports.map((report) => report.baseline).filter((baseline) => baseline !== undefined);
  if (baselines.length > 0) {
    merged.baseline = {
      file: baselines[0].file,
      matched: baselines.reduce((sum, baseline) => sum + baseline.matched, 0),
      // An entry is stale only when no job matched it: at most the smallest count of any job.
      stale: Math.min(...baselines.map((baseline) => baseline.stale)),
    };
  }
  return merged;
}

// ---------------------------------------------------------------------------------------
// migrate

export function mergeMigrateReports(reports: readonly MigrateJsonReport[]): MigrateJsonReport {
  const changed = concatSorted(reports.map((report) => report.changed));
  const manual = concatSorted(reports.map((report) => report.manual));
  const secrets = concatSorted(reports.map((report) => report.secrets));
  const errors = concatSorted(reports.map((report) => report.errors));
  const skipped = concatSorted(reports.map((report) => report.skipped));
  const summary = addUpSummaries(reports.map((report) => report.summary));
  const scopeInference = reports.some((report) => report.scopeInference !== undefined)
    ? // the same service's inference from two jobs is the same entry: kept once
      { scopeInference: sortByKeyThenContent(reports.flatMap((report) => report.scopeInference ?? []), (entry) => entry.service) }
    : {};
  return {
    ...mergeOtherKeys(reports, MIGRATE_KEYS),
    version: 1,
    changed,
    ...scopeInference,
    manual,
    secrets,
    errors,
    skipped,
    checklist: mergeChecklists(reports.map((report) => report.checklist ?? [])),
    summary: {
      ...summary,
      filesScanned: summary.filesScanned ?? 0,
      filesParsed: summary.filesParsed ?? 0,
      filesChanged: changed.length,
      sitesRewritten: changed.reduce((sum, entry) => sum + entry.sites, 0),
      manual: manual.length,
      errors: errors.length,
      skipped: skipped.length,
    },
  };
}

/** The step text that only the platform-client-v2 target writes (see build-checklist.ts). */
const PLATFORM_CLIENT_V2_MARK = 'purecloud-platform-client-v2 takes no scopes at login';

/**
 * A service whose files were split across jobs has one checklist per job; the merged one is
 * built again from their files, scopes, variables and secrets by the checklist's own builder,
 * so its steps read exactly as an unsharded run would have written them.
 */
export function mergeChecklists(lists: readonly (readonly ServiceChecklist[])[]): ServiceChecklist[] {
  const inputs: ChecklistFileInput[] = [];
  const services = new Map<string, ChecklistServiceInput>();
  const seenSecrets = new Set<string>();
  for (const entry of lists.flat()) {
    // Every job read the whole service for it (the analysis ignores shards): any job's copy serves.
    if (!services.has(entry.service) && Array.isArray(entry.permissions)) {
      services.set(entry.service, {
        permissions: entry.permissions,
        permissionReasons: entry.permissionReasons ?? [],
        unknownOperations: entry.unknownOperations ?? [],
        userContext: entry.userContext ?? [],
        operationCount: entry.operationCount ?? 0,
      });
    }
    const target: Target = entry.steps.some((step) => step.text.includes(PLATFORM_CLIENT_V2_MARK)) ? 'platform-client-v2' : 'init-login';
    const secrets = entry.secretsToRotate.filter((secret) => {
      const key = canonical(secret);
      if (seenSecrets.has(key)) return false;
      seenSecrets.add(key);
      return true;
    });
    // One input per file and per variable name: the builder takes the union of each.
    const { clientId, clientSecret } = entry.envVars;
    const variants = Math.max(clientId.length, clientSecret.length, 1);
    entry.files.forEach((file, index) => {
      for (let variant = 0; variant < variants; variant++) {
        inputs.push({
          file,
          service: entry.service,
          scopes: entry.scopes,
          clientIdEnv: clientId[Math.min(variant, clientId.length - 1)] ?? DEFAULT_CLIENT_ID_ENV,
          clientSecretEnv: clientSecret[Math.min(variant, clientSecret.length - 1)] ?? DEFAULT_CLIENT_SECRET_ENV,
          target,
          secrets: index === 0 && variant === 0 ? secrets : [],
          legacyEnvVars: entry.legacyEnvVars,
        });
      }
    });
  }
  return buildChecklist(inputs, services);
}
