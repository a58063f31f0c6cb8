import type { Rule } from 'eslint';
import type { CheckRule } from '../check/rule';
import type { RuleId } from '../check/types';
import { couldHoldPasswordGrant } from '../runner/prefilter';
import { RULE_OPTIONS_SCHEMA } from './rule-options';

type Reporter = typeof import('./report-findings');
let reporter: Reporter | undefined;

/** Loaded when the first file passes the prefilter (see report-findings.ts for why). */
function loadReporter(): Reporter {
  reporter ??= require('./report-findings') as Reporter;
  return reporter;
}

/**
 * The rules whose findings `migrate` rewrites, and so the ones that carry its fix: SDK
 * logins and raw HTTP token requests to a Genesys Cloud login host. Both carry the same
 * fix, the rewrite of the whole file (migration-fix.ts), so a file with sites of both kinds
 * is fixed in one pass, whichever rule's fix ESLint applies. Every other rule is
 * report-only, as in `check`.
 */
const REWRITTEN_BY_MIGRATE: ReadonlySet<RuleId> = new Set<RuleId>(['sdk-password-grant', 'http-password-grant']);

/**
 * The ESLint rule for one `check` rule: same id, same findings. It reads the file's text,
 * not ESLint's syntax tree, so it works under any parser (espree, typescript-eslint,
 * Babel's), and behind the runner's text prefilter, so a file that cannot hold a grant
 * costs one string search per rule.
 */
export function createEslintRule(rule: CheckRule): Rule.RuleModule {
  const { id, summary } = rule.meta;
  const carriesFix = REWRITTEN_BY_MIGRATE.has(id);
  return {
    meta: {
      type: 'problem',
      docs: { description: summary, recommended: true },
      ...(carriesFix ? { fixable: 'code' as const } : {}),
      schema: RULE_OPTIONS_SCHEMA,
      messages: {
        // The wording is check's, built per finding: one message, the finding's own text.
        finding: '{{ message }}',
        unparsable: 'password-grant-codemod could not parse this file, so it was not checked for password grants: {{ message }}',
      },
    },
    create(context) {
      if (!couldHoldPasswordGrant(context.sourceCode.text, 'check')) return {};
      return {
        Program() {
          loadReporter().reportFindings(context, id, carriesFix);
        },
      };
    },
  };
}
