import type { JSONSchema4 } from 'json-schema';
import { UsageError } from '../errors';
import { SCOPE_NAME_PATTERN } from '../scopes/scope-name';
import type { FileSettings } from '../config/schema';

/**
 * A rule's options: the migration settings of the command line (`--scopes`, `--client-id-env`,
 * ...), under the configuration file's key names. They win over the configuration file, as
 * the command line does. ESLint checks their shape against `RULE_OPTIONS_SCHEMA`; what a
 * shape cannot say (a region that exists, a URL) is checked by the configuration's own
 * schema, so a setting means the same in both places.
 */
export interface PasswordGrantRuleOptions {
  /** scopes for loginClientCredentials, or "auto" to infer them from the file's API calls */
  scopes?: string[] | 'auto';
  clientIdEnv?: string;
  clientSecretEnv?: string;
  basePath?: string;
  region?: string;
  target?: 'init-login' | 'platform-client-v2';
  newrelic?: boolean;
  newrelicSegmentName?: string;
  /** extra module names to treat as the Genesys Cloud SDK */
  sdkModules?: string[];
  /** other wrapper methods that count as the SDK token call */
  tokenMethods?: string[];
}

const ENV_NAME = '^[A-Za-z_][A-Za-z0-9_]*$';
const names = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export const RULE_OPTIONS_SCHEMA: JSONSchema4[] = [
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      scopes: {
        anyOf: [
          { type: 'string', enum: ['auto'] },
          { type: 'array', minItems: 1, items: { type: 'string', pattern: SCOPE_NAME_PATTERN.source } },
        ],
      },
      clientIdEnv: { type: 'string', pattern: ENV_NAME },
      clientSecretEnv: { type: 'string', pattern: ENV_NAME },
      basePath: { type: 'string' },
      region: { type: 'string' },
      target: { type: 'string', enum: ['init-login', 'platform-client-v2'] },
      newrelic: { type: 'boolean' },
      newrelicSegmentName: { type: 'string', minLength: 1 },
      sdkModules: names,
      tokenMethods: names,
    },
  },
];

/**
 * The options as settings of the command-line layer. Every key the configuration file
 * knows is validated by its schema; a key it does not know (yet) passes as ESLint checked it.
 * Throws UsageError naming the rule, the key and what was expected.
 */
export function toSettingsLayer(ruleName: string, options: PasswordGrantRuleOptions | undefined): FileSettings {
  if (options === undefined) return {};
  const { configSchema, TOP_LEVEL_KEYS } = require('../config/schema') as typeof import('../config/schema');
  const shared = Object.fromEntries(
    Object.entries(options).filter(([key]) => TOP_LEVEL_KEYS.includes(key) && key !== 'ignore' && key !== 'overrides'),
  );
  const parsed = configSchema.safeParse(shared);
  if (!parsed.success) {
    const { formatConfigIssues } = require('../config/format-config-issues') as typeof import('../config/format-config-issues');
    throw new UsageError(`invalid options for the ESLint rule ${ruleName}:\n    ${formatConfigIssues(parsed.error.issues).join('\n    ')}`);
  }
  return { ...options, ...parsed.data } as FileSettings;
}
