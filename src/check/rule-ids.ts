import type { RuleId } from './types';

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

/** ESLint's words for a rule's severity. */
export const RULE_SETTINGS = ['error', 'warn', 'off'] as const;
