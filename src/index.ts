/**
 * The package's programmatic entry (`require('password-grant-codemod')`): the one detector
 * and rewrite that `check`, `migrate`, the jscodeshift transform and the ESLint plugin share,
 * for tools that embed them. Pure functions over one file's text: no file is read or written.
 */
export { checkSource, checkSourceFile, type CheckFileResult } from './check/check-source';
export type { CheckOptions, RuleSetting, RuleSettings } from './check/rule';
export { CHECK_RULES, RULE_IDS, RULES } from './check/rules/index';
export type { Endpoint, Finding, Level, RuleId } from './check/types';
export { detectPasswordGrants, findGrantSites } from './detect/index';
export type { GrantSite, DetectOptions } from './detect/types';
export { transformSource } from './rewrite/transform-source';
export { DEFAULT_CLIENT_ID_ENV, DEFAULT_CLIENT_SECRET_ENV, type RewriteOptions, type Target, type TransformResult } from './rewrite/types';
