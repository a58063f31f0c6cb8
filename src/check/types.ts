/** Shapes of `check` findings: the JSON/SARIF contract is built from these. */

export type RuleId =
  | 'sdk-password-grant'
  | 'http-password-grant'
  | 'library-password-grant'
  | 'unverified-token-request'
  | 'suppression-without-reason'
  | 'genesys-region'
  | 'user-context-api';

export type Level = 'error' | 'warning';

/**
 * Where a raw HTTP token request goes (`http-password-grant` findings): `genesys` is a login
 * host of Genesys Cloud, `token-endpoint` any other URL shaped like an OAuth token endpoint,
 * `unknown` a URL the file does not show. `url` is the static URL, or its shape with the
 * parts known only at run time as `*`.
 */
export interface Endpoint {
  kind: 'genesys' | 'token-endpoint' | 'unknown';
  url?: string;
}

export interface Finding {
  /** path relative to the cwd, `/` separators */
  file: string;
  /** 1-based */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: RuleId;
  level: Level;
  message: string;
  fixable: boolean;
  /** stable across unrelated edits: path, rule, normalised source, occurrence index */
  fingerprint: string;
  /** `http-password-grant` only: where the request goes */
  endpoint?: Endpoint;
  /** `library-password-grant` only: the OAuth client library (package name) that sends the grant */
  library?: string;
}
