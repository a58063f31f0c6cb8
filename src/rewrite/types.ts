import type { DetectOptions, Position, SecretKind } from '../detect/types';
import type { TextRange } from './changed-statements';

export type { TextRange };

export type Target = 'init-login' | 'platform-client-v2';

/** Everything the rewrite needs to know; the runner resolves these per file. */
export interface RewriteOptions extends DetectOptions {
  /** scopes for loginClientCredentials; empty or missing means "none known" (manual review) */
  scopes?: readonly string[];
  /** env var holding the OAuth client ID (default GENESYSCLOUD_OAUTHCLIENT_ID) */
  clientIdEnv?: string;
  /** env var holding the OAuth client secret (default GENESYSCLOUD_OAUTHCLIENT_SECRET) */
  clientSecretEnv?: string;
  /** base path for `init`, e.g. https://api.mypurecloud.ie */
  basePath?: string;
  target?: Target;
  /** Genesys region name, e.g. us-east-1 (sets basePath / environment) */
  region?: string;
  /** wrap the new login in a New Relic segment even if the file does not load the agent */
  newrelic?: boolean;
  /** New Relic segment name (default genesys-cloud/loginClientCredentials) */
  newrelicSegmentName?: string;
}

export const DEFAULT_CLIENT_ID_ENV = 'GENESYSCLOUD_OAUTHCLIENT_ID';
export const DEFAULT_CLIENT_SECRET_ENV = 'GENESYSCLOUD_OAUTHCLIENT_SECRET';

export interface RewrittenSite extends Position {
  receiver: string;
}

export interface ManualSite extends Position {
  reason: string;
}

/** A hard-coded credential literal removed (or left) by the rewrite; never its value. */
export interface SecretReport {
  file: string;
  line: number;
  kind: SecretKind;
}

export interface TransformResult {
  /** the new source text (identical to the input when nothing changed) */
  output: string;
  changed: boolean;
  /** sites that were rewritten */
  sites: RewrittenSite[];
  /** sites that need a person */
  manual: ManualSite[];
  /** hard-coded credential literals to rotate */
  secrets: SecretReport[];
  /** env vars the old credentials were read from (for the checklist) */
  legacyEnvVars: string[];
  /**
   * Sites left to a person only because no scopes were given (they are also in `manual`):
   * run again with scopes and they are rewritten. `migrate` infers scopes for these files.
   */
  waitingForScopes: number;
  /**
   * The statements the rewrite added or changed, as offsets in `output` (BOM included):
   * the only text a formatter may touch. Empty when nothing changed.
   */
  changedRanges: TextRange[];
}
