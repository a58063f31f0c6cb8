import type { CheckRule, RuleDescription } from '../rule';
import type { RuleId } from '../types';
import { genesysRegion } from './genesys-region';
import { httpPasswordGrant } from './http-password-grant';
import { libraryPasswordGrant } from './library-password-grant';
import { sdkPasswordGrant } from './sdk-password-grant';
import { suppressionWithoutReason } from './suppression-without-reason';
import { unverifiedTokenRequest } from './unverified-token-request';
import { userContextApi } from './user-context-api';

/**
 * Every `check` rule, in the order SARIF lists them. A new rule is a new module in this
 * folder and one line here; nothing else enumerates rules.
 */
export const CHECK_RULES: readonly CheckRule[] = [
  sdkPasswordGrant,
  httpPasswordGrant,
  libraryPasswordGrant,
  unverifiedTokenRequest,
  suppressionWithoutReason,
  genesysRegion,
  userContextApi,
];

/** The rules' descriptions by id: the text, SARIF and Markdown printers describe a rule from here. */
export const RULES = Object.fromEntries(CHECK_RULES.map((rule) => [rule.meta.id, rule.meta])) as Record<RuleId, RuleDescription>;

export const RULE_IDS: RuleId[] = CHECK_RULES.map((rule) => rule.meta.id);
