import type { ESLint, Linter, Rule } from 'eslint';
import { CHECK_RULES } from '../check/rules/index';
import type { Level } from '../check/types';
import { readOwnPackageVersion } from '../io/package-info';
import { createEslintRule } from './create-rule';

/**
 * The ESLint 9 flat-config plugin: one rule per `check` rule, same ids, generated from the
 * one list of rules (a new `check` rule is an ESLint rule too, with no change here), and a
 * `recommended` config that turns each on at its `check` level.
 */

/** The name the plugin is registered under in `configs.recommended`: rules read `password-grant/<id>`. */
export const PLUGIN_NAMESPACE = 'password-grant';

export interface PasswordGrantPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, Rule.RuleModule>;
  configs: { recommended: Linter.Config };
}

function toSeverity(level: Level): Linter.RuleSeverity {
  return level === 'error' ? 'error' : 'warn';
}

export function createPlugin(): PasswordGrantPlugin {
  const rules = Object.fromEntries(CHECK_RULES.map((rule) => [rule.meta.id, createEslintRule(rule)]));
  const plugin: PasswordGrantPlugin = {
    meta: { name: 'password-grant-codemod/eslint-plugin', version: readOwnPackageVersion(), namespace: PLUGIN_NAMESPACE },
    rules,
    configs: { recommended: {} },
  };
  plugin.configs.recommended = {
    name: `${PLUGIN_NAMESPACE}/recommended`,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    rules: Object.fromEntries(CHECK_RULES.map((rule) => [`${PLUGIN_NAMESPACE}/${rule.meta.id}`, toSeverity(rule.meta.level)])),
  };
  return plugin;
}
