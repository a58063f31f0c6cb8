import { z } from 'zod';
import { KNOWN_RULE_IDS, RULE_SETTINGS } from '../check/rule-ids';
import type { RuleSettings } from '../check/rule';
import { METHOD_NAME, METHOD_NAME_EXPECTED } from '../detect/token-methods';
import { listRegionNames, REGION_HOSTS } from '../rewrite/regions';
import { isValidScopeName, SCOPE_NAME_EXPECTED } from '../scopes/scope-name';

/**
 * The configuration file's shape (DESIGN.md, "Configuration file"). Objects are strict, so
 * a misspelt key (`scope` for `scopes`) is an error rather than a setting silently ignored;
 * every message says what was expected, and the loader adds the file and the key path.
 */

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A field whose every failure reads "expected <what>, got <value>". */
function expecting<T extends z.ZodType>(what: string, build: (error: (issue: { input?: unknown }) => string) => T): T {
  return build((issue) => `expected ${what}, got ${show(issue.input)}`);
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const envName = expecting('an environment variable name (letters, digits, "_"), e.g. "GENESYSCLOUD_OAUTHCLIENT_ID"', (error) =>
  z.string({ error }).regex(ENV_NAME, { error }),
);

const basePath = expecting('an http(s) URL, e.g. "https://api.mypurecloud.ie"', (error) =>
  z.string({ error }).refine((text) => /^https?:$/.test(safeProtocol(text)), { error }),
);

function safeProtocol(text: string): string {
  try {
    return new URL(text).protocol;
  } catch {
    return '';
  }
}

const region = expecting(`a Genesys Cloud region (${listRegionNames().join(', ')})`, (error) =>
  z.string({ error }).refine((name) => REGION_HOSTS[name.trim().toLowerCase().replace(/-/g, '_')] !== undefined, { error }),
);

const target = expecting('"init-login" or "platform-client-v2"', (error) => z.enum(['init-login', 'platform-client-v2'], { error }));

const nonEmptyStrings = (what: string) =>
  expecting(`a list of ${what}`, (error) => z.array(expecting(`${what.replace(/s$/, '')} (a non-empty string)`, (inner) => z.string({ error: inner }).min(1, { error: inner })), { error }));

/** `"auto"` (infer them) or a non-empty list of scope names. */
const scopes = z
  .unknown()
  .superRefine((value, context) => {
    if (value === 'auto') return;
    if (!Array.isArray(value) || value.length === 0) {
      context.addIssue({ code: 'custom', message: `expected a non-empty list of scope names, e.g. ["analytics:readonly"], or "auto", got ${show(value)}` });
      return;
    }
    value.forEach((entry, index) => {
      if (typeof entry !== 'string' || !isValidScopeName(entry)) {
        context.addIssue({ code: 'custom', path: [index], message: `expected ${SCOPE_NAME_EXPECTED}, got ${show(entry)}` });
      }
    });
  })
  .transform((value) => value as 'auto' | string[]);


const tokenMethods = expecting('a list of method names, e.g. ["getPasswordToken"]', (error) =>
  z.array(expecting(METHOD_NAME_EXPECTED, (inner) => z.string({ error: inner }).regex(METHOD_NAME, { error: inner })), { error }),
);

/** `{ "<rule-id>": "error" | "warn" | "off" }`, ESLint-style; an unknown id names the known ones. */
const rules = z
  .unknown()
  .superRefine((value, context) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      context.addIssue({ code: 'custom', message: `expected an object like { "http-password-grant": "warn" }, got ${show(value)}` });
      return;
    }
    for (const [id, setting] of Object.entries(value)) {
      if (!(KNOWN_RULE_IDS as readonly string[]).includes(id)) {
        context.addIssue({ code: 'custom', path: [id], message: `unknown rule ${show(id)}; expected one of: ${KNOWN_RULE_IDS.join(', ')}` });
      } else if (!(RULE_SETTINGS as readonly unknown[]).includes(setting)) {
        context.addIssue({ code: 'custom', path: [id], message: `expected "error", "warn" or "off", got ${show(setting)}` });
      }
    }
  })
  .transform((value) => value as RuleSettings);

/** The settings that may differ per file: at the top level and in each override. */
const fileSettingsShape = {
  scopes: scopes.optional(),
  clientIdEnv: envName.optional(),
  clientSecretEnv: envName.optional(),
  basePath: basePath.optional(),
  region: region.optional(),
  target: target.optional(),
  sdkModules: nonEmptyStrings('module names').optional(),
  /** wrapper methods that count as the SDK token call, besides postOAuthApiToken */
  tokenMethods: tokenMethods.optional(),
  /** per-rule severity for check */
  rules: rules.optional(),
  newrelic: expecting('true or false', (error) => z.boolean({ error })).optional(),
  /** the New Relic segment the new login is timed in (default genesys-cloud/loginClientCredentials) */
  newrelicSegmentName: expecting('a non-empty segment name', (error) => z.string({ error }).trim().min(1, { error })).optional(),
};

const override = z.strictObject(
  {
    files: expecting('a glob or a non-empty list of globs, relative to the configuration file', (error) =>
      z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], { error }),
    ),
    ...fileSettingsShape,
  },
  { error: (issue) => `expected an object like { "files": ["src/**"], "scopes": [...] }, got ${show(issue.input)}` },
);

export const configSchema = z.strictObject(
  {
    /** editors' JSON-schema hint; ignored */
    $schema: z.string().optional(),
    ...fileSettingsShape,
    ignore: nonEmptyStrings('ignore patterns').optional(),
    overrides: expecting('a list of overrides', (error) => z.array(override, { error })).optional(),
  },
  { error: (issue) => `expected an object of settings, got ${show(issue.input)}` },
);

export type ConfigFile = z.infer<typeof configSchema>;
export type FileSettings = Omit<ConfigFile, 'ignore' | 'overrides' | '$schema'>;
export type ConfigOverride = NonNullable<ConfigFile['overrides']>[number];

/** Every key the file may hold, for "unknown key" messages. */
export const TOP_LEVEL_KEYS = Object.keys(configSchema.shape).filter((key) => key !== '$schema');
export const OVERRIDE_KEYS = Object.keys(override.shape);
