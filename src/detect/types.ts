/**
 * Public shapes of the shared detector. The detector reads a Babel AST and returns plain
 * data about password-grant call sites; it knows nothing about files, processes or
 * jscodeshift. `migrate`, `check` and the jscodeshift transform all consume these.
 */

/** The SDK method that requests a token: the call this whole tool is about. */
export const TOKEN_METHOD = 'postOAuthApiToken';

/** 1-based line and column, as editors and SARIF count them. */
export interface Position {
  line: number;
  column: number;
}

/** How the receiver `R` of `R.postOAuthApiToken(...)` was identified. */
export type ReceiverOrigin =
  /** traced within the file to an ApiClient of an SDK module */
  | 'sdk'
  /** confirmed as the SDK's ApiClient by the type checker (type-aware mode) */
  | 'sdk-typed'
  /** could not be traced; the method name is SDK-specific, so it still counts */
  | 'untraced';

/** Which literal shape carried the password grant. */
export type CredentialShape =
  /** `{ credentials: { username, password } }` */
  | 'credentials-object'
  /** `{ grant_type: 'password', username, password }` (or `grantType`) */
  | 'grant-type-password';

/** Is the call a password grant? `unknown` means it cannot be decided statically. */
export type GrantKind = 'password' | 'unknown';

/**
 * What a hard-coded credential is: the service account's `username` / `password` (removed
 * by the rewrite), or a `client-secret` the request keeps (a literal `Authorization: Basic`
 * value, an `auth` option's literal password): rotated like the others.
 */
export type SecretKind = 'username' | 'password' | 'client-secret';

/** A hard-coded credential literal that the rewrite removes from the code. */
export interface CredentialLiteral {
  kind: 'username' | 'password';
  /** 1-based line of the literal */
  line: number;
  /** offsets of the literal in the source, for redaction; never the value itself */
  start: number;
  end: number;
}

export interface GrantSite {
  /** offsets of the whole call expression (`R.postOAuthApiToken(...)`) */
  start: number;
  end: number;
  /** position of the call's first character */
  loc: Position;
  /** position one past the call's last character */
  endLoc: Position;
  /** source text of the receiver `R` */
  receiverText: string;
  /** the method called: postOAuthApiToken, or a configured wrapper (`tokenMethods`) */
  method: string;
  receiverOrigin: ReceiverOrigin;
  grant: GrantKind;
  /** set when `grant` is `password` */
  credentialShape: CredentialShape | null;
  /** true when the rewrite can be done safely without guessing */
  fixable: boolean;
  /** plain-English reason a person must look at this site; set when not fixable */
  reason: string | null;
  /** whitespace-normalised source of the call, for fingerprints */
  normalizedText: string;
  /** hard-coded literals reached through the credentials (may be empty) */
  literals: CredentialLiteral[];
  /** names of environment variables the old credentials were read from */
  legacyEnvVars: string[];
}

/**
 * Facts that a type-aware pass (ts-morph) can supply so that the one detector decides
 * better than per-file analysis can. Keys are `start:end` source offsets of the node.
 */
export interface TypeFacts {
  /** the receiver expression's type: the SDK's ApiClient, or provably something else */
  receiverKind?(start: number, end: number): 'sdk' | 'not-sdk' | undefined;
  /**
   * the credentials argument (or a value inside it) resolved in another module:
   * `password` when it holds `credentials.username/password` or `grant_type: 'password'`.
   */
  credentialGrant?(
    start: number,
    end: number,
  ): { grant: 'password' | 'not-password'; shape: CredentialShape; legacyEnvVars: string[] } | undefined;
}

export interface DetectOptions {
  /** extra module names to treat as the Genesys Cloud SDK */
  sdkModules?: readonly string[];
  /** in-house wrapper methods that count as the SDK token call, besides postOAuthApiToken */
  tokenMethods?: readonly string[];
  facts?: TypeFacts;
}

export const DEFAULT_SDK_MODULES: readonly string[] = [
  '@genesyscloud/genesyscloud',
  'purecloud-platform-client-v2',
];
