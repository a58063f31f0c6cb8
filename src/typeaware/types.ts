import type { CredentialShape } from '../detect/types';

/**
 * Plain data that type-aware mode (--project) hands across the thread boundary. ts-morph
 * objects cannot be cloned to a worker, so the main thread turns what the type checker
 * knows about one file into these maps, keyed by `start:end` offsets of the expression
 * (offsets in the text without its BOM, as the detector counts them).
 */

/** Which analysis a file got: with the project's type checker, or on its own. */
export type AnalysisMode = 'project' | 'file';

export interface CredentialFact {
  grant: 'password' | 'not-password';
  shape: CredentialShape;
  legacyEnvVars: string[];
}

export interface SerializedTypeFacts {
  /** receiver expressions of `postOAuthApiToken` calls whose type was decided */
  receivers: Record<string, 'sdk' | 'not-sdk'>;
  /** token request arguments resolved through another module */
  credentials: Record<string, CredentialFact>;
}

/** A rewrite the main thread may check before it is written. */
export interface PendingRewrite {
  /** report path */
  file: string;
  /** where the file lives on disk */
  realPath: string;
  /** the rewritten text */
  after: string;
}

/**
 * What the runner asks of type-aware mode. Declared here without ts-morph types so that the
 * runner depends on the shape only.
 */
export interface TypeAwareHooks {
  /** which analysis the file at `realPath` gets */
  modeOf(realPath: string): AnalysisMode;
  /** adds the type facts of a file in the project to its worker task */
  prepareTask<T extends { realPath: string; options: { sdkModules?: readonly string[] } }>(task: T): T & { typeFacts?: SerializedTypeFacts };
  /**
   * --typecheck: the new diagnostics each rewrite would add, by report path; rewrites that
   * add none are absent. Undefined when --typecheck is off.
   */
  reviewRewrites?(rewrites: readonly PendingRewrite[]): Map<string, string[]>;
}

export function factKey(start: number, end: number): string {
  return `${start}:${end}`;
}
