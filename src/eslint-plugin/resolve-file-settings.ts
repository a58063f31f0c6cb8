import * as path from 'path';
import { createConfigIgnoreMatcher } from '../config/config-ignore';
import { createSettingsLayers } from '../config/layer-settings';
import { loadJsonConfigSync } from '../config/load-json-config';
import type { FileSettings } from '../config/schema';
import { toSettingsLayer, type PasswordGrantRuleOptions } from './rule-options';

/**
 * The settings one linted file gets, with the precedence `migrate` applies: the rule's
 * options (in the command line's place) over the configuration file's matching overrides
 * over its top-level keys. The configuration is the JSON one found from the file's own
 * folder upwards (never a JavaScript one: see load-json-config.ts).
 */
export interface ResolvedFileSettings {
  settings: FileSettings;
  /** the configuration's `ignore` leaves this file out: `check` never reports it */
  ignored: boolean;
  /** scopes were named (by the options or the configuration), not left to inference */
  scopesNamed: boolean;
}

export function resolveFileSettings(
  absoluteFile: string,
  ruleName: string,
  options: PasswordGrantRuleOptions | undefined,
): ResolvedFileSettings {
  const layer = toSettingsLayer(ruleName, options);
  const config = loadJsonConfigSync(path.dirname(absoluteFile));
  const { settings } = createSettingsLayers(config, layer)(absoluteFile);
  return {
    settings,
    ignored: createConfigIgnoreMatcher(config)(absoluteFile),
    scopesNamed: Array.isArray(settings.scopes),
  };
}
