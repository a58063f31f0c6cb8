import { existsSync } from 'fs';
import * as path from 'path';
import type { Argv, Options } from 'yargs';
import { UsageError } from '../errors';
import { getRegionHost } from '../rewrite/regions';
import { assertUsableRef } from '../runner/changed-files';
import { parseShard, type Shard } from '../runner/shard';

/**
 * Option groups, defined once and composed by each command (`migrate`, `check`): the same
 * flag means the same thing everywhere. Values are normalised here (lists split, numbers
 * checked), so a bad value fails before any work with exit 2 and a message naming it.
 */

export const INPUT_GROUP = 'Input:';
export const OUTPUT_GROUP = 'Output:';
export const REWRITE_GROUP = 'Rewrite:';

/** Options given twice arrive as arrays; for single-valued ones the last one wins. */
function last(value: unknown): unknown {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/** Repeatable options: every occurrence, flattened, blanks dropped. */
export function toStringList(value: unknown): string[] {
  const values = (Array.isArray(value) ? value : [value]).flat(Infinity);
  return values.filter((entry) => entry !== undefined && entry !== null && String(entry).trim() !== '').map(String);
}

/**
 * `--scopes a,b --scopes c` → [a, b, c], in order, without duplicates. Only commas separate:
 * a name with a space inside is kept whole, so that the check of names can refuse it.
 */
export function toScopeList(value: unknown): string[] {
  const scopes = toStringList(value).flatMap((entry) => entry.split(',').map((scope) => scope.trim()));
  return [...new Set(scopes.filter((scope) => scope !== ''))];
}

function toSingleString(value: unknown): string {
  return String(last(value));
}

function toSingleValue(value: unknown): unknown {
  return last(value);
}

// Values are checked after parsing (not in yargs' coerce), because yargs keeps only the
// message of an error thrown there, and our usage errors carry a hint too.

function parseWorkerCount(given: unknown): number | undefined {
  if (given === undefined) return undefined;
  const count = Number(given);
  if (!Number.isInteger(count) || count < 1) {
    throw new UsageError(`--workers ${String(given)}: expected a whole number of at least 1`, 'for example --workers 4');
  }
  return count;
}

/** Env var names end up in generated code (`process.env.NAME`), so only identifiers pass. */
function checkEnvName(flag: string, name: string | undefined): void {
  if (name !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new UsageError(`${flag} ${name}: not an environment variable name`, 'use letters, digits and underscores, e.g. GENESYSCLOUD_OAUTHCLIENT_ID');
  }
}

function checkBasePath(text: string | undefined): void {
  if (text === undefined) return;
  let protocol = '';
  try {
    protocol = new URL(text).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new UsageError(`--base-path ${text}: not an http(s) URL`, 'for example --base-path https://api.mypurecloud.ie');
  }
}

/** Paths, --ignore, --workers, --config, --shard, --project: which files, and how to run. */
export function addInputOptions<T>(yargs: Argv<T>): Argv<T> {
  const options: Record<string, Options> = {
    ignore: {
      type: 'string',
      group: INPUT_GROUP,
      describe: 'extra ignore pattern (gitignore syntax or glob), relative to the cwd (repeatable); .gitignore is always honoured',
      coerce: toStringList,
    },
    workers: {
      type: 'number',
      group: INPUT_GROUP,
      requiresArg: true,
      describe: 'most worker threads (default: CPUs - 1; none when at most 16 files pass the prefilter)',
      coerce: toSingleValue,
    },
    config: {
      type: 'string',
      group: INPUT_GROUP,
      requiresArg: true,
      describe: 'configuration file (default: searched from the cwd upwards)',
      coerce: toSingleString,
    },
    shard: {
      type: 'string',
      group: INPUT_GROUP,
      requiresArg: true,
      describe: 'process a deterministic slice i/n of the files (CI matrices), e.g. 2/4',
      coerce: toSingleString,
    },
    'changed-since': {
      type: 'string',
      group: INPUT_GROUP,
      requiresArg: true,
      describe: 'only files changed since the merge base of REF and HEAD (committed, staged, unstaged, untracked), e.g. origin/main',
      coerce: toSingleString,
    },
    project: {
      type: 'string',
      group: INPUT_GROUP,
      requiresArg: true,
      describe: 'tsconfig.json for type-aware mode: follow clients and credentials across modules',
      coerce: toSingleString,
    },
    'token-method': {
      type: 'string',
      group: INPUT_GROUP,
      requiresArg: true,
      describe: 'another wrapper method that counts as the SDK token call, like postOAuthApiToken (repeatable)',
      coerce: toStringList,
    },
  };
  return yargs
    .positional('paths', {
      type: 'string',
      array: true,
      describe: 'files or folders to process',
      default: ['.'],
    })
    .options(options) as Argv<T>;
}

/** --format and --output; each command names its own formats and default. */
export function addOutputOptions<T>(yargs: Argv<T>, formats: readonly string[], formatHelp: string): Argv<T> {
  return yargs.options({
    format: { type: 'string', group: OUTPUT_GROUP, choices: formats, requiresArg: true, describe: formatHelp },
    output: {
      type: 'string',
      group: OUTPUT_GROUP,
      requiresArg: true,
      describe: 'write the report to FILE instead of stdout (never coloured)',
      coerce: toSingleString,
    },
  }) as Argv<T>;
}

/** What the rewritten code looks like: scopes, env var names, base path, target SDK API. */
export function addRewriteOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs
    .options({
      scopes: {
        type: 'string',
        group: REWRITE_GROUP,
        requiresArg: true,
        describe: 'OAuth scopes for loginClientCredentials, comma-separated (repeatable)',
        coerce: toScopeList,
      },
      'client-id-env': {
        type: 'string',
        group: REWRITE_GROUP,
        requiresArg: true,
        describe: 'environment variable holding the OAuth client ID (default GENESYSCLOUD_OAUTHCLIENT_ID)',
        coerce: toSingleString,
      },
      'client-secret-env': {
        type: 'string',
        group: REWRITE_GROUP,
        requiresArg: true,
        describe: 'environment variable holding the OAuth client secret (default GENESYSCLOUD_OAUTHCLIENT_SECRET)',
        coerce: toSingleString,
      },
      'base-path': {
        type: 'string',
        group: REWRITE_GROUP,
        requiresArg: true,
        describe: 'API base path for init, e.g. https://api.mypurecloud.ie',
        coerce: toSingleString,
      },
      region: {
        type: 'string',
        group: REWRITE_GROUP,
        requiresArg: true,
        describe: 'Genesys Cloud region, e.g. us-east-1; sets basePath / environment',
        coerce: toSingleString,
      },
      target: {
        type: 'string',
        group: REWRITE_GROUP,
        choices: ['init-login', 'platform-client-v2'],
        requiresArg: true,
        describe: 'which SDK API to emit (default init-login)',
      },
      newrelic: { type: 'boolean', group: REWRITE_GROUP, describe: 'wrap the new login in a New Relic segment' },
      'newrelic-segment': {
        type: 'string',
        group: REWRITE_GROUP,
        requiresArg: true,
        describe: 'name of the New Relic segment around the new login (default genesys-cloud/loginClientCredentials)',
        coerce: toSingleString,
      },
      typecheck: {
        type: 'boolean',
        group: REWRITE_GROUP,
        describe: 'with --project: do not write a rewrite that adds type errors',
      },
    })
    .conflicts('base-path', 'region')
    .implies('typecheck', 'project') as Argv<T>;
}

export const FORMATTING_GROUP = 'Formatting:';

/**
 * `--no-format` and `--trust-project-config`. `--no-format` is the negation of a flag named
 * like the report's `--format`, so yargs reads it as `format: false`: a middleware run
 * before validation moves that into `codeFormat` (false), leaving `--format` to the report.
 */
export function addFormattingOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs
    .options({
      'code-format': { type: 'boolean', hidden: true },
      'trust-project-config': {
        type: 'boolean',
        group: FORMATTING_GROUP,
        describe:
          "I trust this repository's JavaScript configuration: let Prettier run a prettier.config.js / .prettierrc.js, a shared config package or plugins (static .prettierrc files are always read)",
      },
    })
    .middleware((parsed) => {
      const argv = parsed as Record<string, unknown>;
      const given = argv.format;
      const values = Array.isArray(given) ? given : [given];
      if (!values.includes(false)) return;
      argv.codeFormat = false;
      argv['code-format'] = false;
      const rest = values.filter((value) => value !== false && value !== undefined);
      if (rest.length > 0) argv.format = rest[rest.length - 1];
      else delete argv.format;
    }, true) as Argv<T>;
}

export interface FormattingArgs {
  /** false with --no-format */
  codeFormat?: boolean;
  trustProjectConfig?: boolean;
}

/** The parsed values of the input group, as yargs hands them over. */
export interface InputArgs {
  paths: string[];
  ignore?: string[];
  workers?: unknown;
  config?: string;
  shard?: string;
  changedSince?: string;
  project?: string;
  tokenMethod?: string[];
}

/** The input group once checked: what the runner is given. */
export interface InputSettings {
  paths: string[];
  ignore: string[];
  /** undefined: one per CPU */
  workers?: number;
  config?: string;
  shard?: Shard;
  /** `--changed-since REF` (checked: not an option in disguise) */
  changedSince?: string;
  project?: string;
}

/** Checks the input group's values; a bad one is a usage error with a hint. */
export function parseInputArgs(args: InputArgs, cwd: string): InputSettings {
  assertFileOption('--config', args.config, cwd);
  assertFileOption('--project', args.project, cwd);
  return {
    paths: args.paths.length > 0 ? args.paths : ['.'],
    ignore: args.ignore ?? [],
    workers: parseWorkerCount(args.workers),
    config: args.config,
    shard: args.shard === undefined ? undefined : parseShard(args.shard),
    changedSince: args.changedSince === undefined ? undefined : checkedRef(args.changedSince),
    project: args.project,
  };
}

function checkedRef(ref: string): string {
  assertUsableRef(ref);
  return ref;
}

/** Checks the rewrite group's values (they end up in generated code). */
export function checkRewriteArgs(args: RewriteArgs): void {
  checkEnvName('--client-id-env', args.clientIdEnv);
  checkEnvName('--client-secret-env', args.clientSecretEnv);
  checkBasePath(args.basePath);
  if (args.region !== undefined) getRegionHost(args.region);
}

export interface OutputArgs {
  format?: string;
  output?: string;
}

export interface RewriteArgs {
  scopes?: string[];
  clientIdEnv?: string;
  clientSecretEnv?: string;
  basePath?: string;
  region?: string;
  target?: 'init-login' | 'platform-client-v2';
  newrelic?: boolean;
  newrelicSegment?: string;
  typecheck?: boolean;
}

/** A file named by an option must exist; said before any work. */
export function assertFileOption(flag: string, file: string | undefined, cwd: string): void {
  if (file !== undefined && !existsSync(path.resolve(cwd, file))) {
    throw new UsageError(`${flag} ${file}: file not found`);
  }
}
