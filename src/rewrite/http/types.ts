import type { NodePath } from '@babel/traverse';
import type { SecretKind } from '../../detect/types';
import type { TextRange } from '../plan-removals';
import type { TextStyle } from '../text-style';

/**
 * Shapes shared by the modules of the raw HTTP rewrite. Every edit is planned on the
 * original text (offsets into it) and applied by `apply-http-rewrite.ts`, so bytes outside
 * the edited statements stay as they were.
 */

/** Replace `start..end` with `text`; an insertion when `start === end`, a deletion when `text` is empty. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** What the rewrite needs to write: the file's style and the env vars of the client ID / secret. */
export interface HttpRenderContext {
  style: TextStyle;
  clientIdEnv: string;
  clientSecretEnv: string;
}

/** A hard-coded username / password met in a body, or a client secret the request keeps (never its value). */
export interface HttpSecret {
  line: number;
  start: number;
  kind: SecretKind;
}

/** What the username / password values of a body were made of. */
export interface CredentialSources {
  secrets: HttpSecret[];
  /** env vars the values were read from (`process.env.GC_USER`) */
  legacyEnvVars: string[];
}

/** The edit of one request body: grant type to client_credentials, username and password out. */
export interface BodyEdit extends CredentialSources {
  /** replacements inside the body (and its declaration), rendered in the file's style */
  render(context: HttpRenderContext): TextEdit[];
  /** whole statements that go (`params.append('password', ...)`), original offsets */
  removedStatements: TextRange[];
  /** expressions the rewrite drops: declarations only they read become dead (plan-removals) */
  removedExpressions: NodePath[];
  /** the body itself sends `client_id` and `client_secret`: the client is already authenticated */
  sendsClientSecret: boolean;
  /** the body names a client (`client_id`), with or without its secret */
  sendsClientId: boolean;
  /** the edit turns `grant_type=password` into `client_credentials` (not only removes pairs) */
  changesGrantType: boolean;
}

export type Verdict<T> = { ok: true; value: T } | { ok: false; reason: string };

export function fail<T>(reason: string): Verdict<T> {
  return { ok: false, reason };
}

export function succeed<T>(value: T): Verdict<T> {
  return { ok: true, value };
}
