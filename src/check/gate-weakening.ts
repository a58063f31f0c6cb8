import * as path from 'path';
import type { LoadedConfig } from '../config/load-config';
import { DEFAULT_RULE_LEVELS } from './rule-ids';
import type { RuleId } from './types';

/** A setting of the configuration file that makes `check` report less than its defaults. */
export interface GateWeakening {
  rule: RuleId;
  setting: 'warn' | 'off';
  /** `top level`, or `override <globs>` */
  where: string;
}

/**
 * What the configuration file turns down. A pull request can change that file like any
 * other, so a rule turned `off` (or an error-level rule turned to `warn`) is not applied
 * silently: `check` names each one in every report, next to the files the configuration's
 * `ignore` hides although they name what the rules look for (runner/hidden-candidates.ts),
 * so a reviewer sees the gate loosen in the same comment that says it passed.
 */
export function findGateWeakenings(config: LoadedConfig | null): GateWeakening[] {
  if (!config) return [];
  const layers: { where: string; rules: Record<string, unknown> | undefined }[] = [
    { where: 'top level', rules: config.config.rules as Record<string, unknown> | undefined },
    ...(config.config.overrides ?? []).map((override) => ({
      where: `override ${[override.files].flat().join(', ')}`,
      rules: override.rules as Record<string, unknown> | undefined,
    })),
  ];
  const found: GateWeakening[] = [];
  for (const layer of layers) {
    for (const [rule, setting] of Object.entries(layer.rules ?? {})) {
      if (!Object.prototype.hasOwnProperty.call(DEFAULT_RULE_LEVELS, rule)) continue;
      const level = DEFAULT_RULE_LEVELS[rule as RuleId];
      if (setting === 'off' || (setting === 'warn' && level === 'error')) found.push({ rule: rule as RuleId, setting, where: layer.where });
    }
  }
  return found;
}

/** The configuration file's path as reports show it: relative to the cwd, `/`-separated. */
export function configReportPath(config: LoadedConfig, cwd: string): string {
  return path.relative(cwd, config.file).split(path.sep).join('/') || path.basename(config.file);
}
