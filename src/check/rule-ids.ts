import type { Level, RuleId } from './types';

/**
 * The ids of every `check` rule, as plain data: the configuration's `rules` key is checked
 * against this list without loading the rules themselves (and Babel with them). A test keeps
 * it equal to the ids of `rules/index.ts`.
 */
export const KNOWN_RULE_IDS: readonly RuleId[] = [
  'sdk-password-grant',
  'http-password-grant',
  'library-password-grant',
  'unverified-token-request',
  'suppression-without-reason',
  'genesys-region',
  'user-context-api',
];

/**
 * Each rule's level unless the configuration says otherwise, as plain data too: the report
 * of what a configuration turns down (gate-weakening.ts) is made on every run, also when no
 * file is parsed. A test keeps it equal to the rules' own `meta.level`.
 */
export const DEFAULT_RULE_LEVELS: Readonly<Record<RuleId, Level>> = {
  'sdk-password-grant': 'error',
  'http-password-grant': 'error',
  'library-password-grant': 'error',
  'unverified-token-request': 'warning',
  'suppression-without-reason': 'warning',
  'genesys-region': 'warning',
  'user-context-api': 'warning',
};

/** ESLint's words for a rule's severity. */
export const RULE_SETTINGS = ['error', 'warn', 'off'] as const;
