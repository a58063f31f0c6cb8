import { TOKEN_METHOD, type DetectOptions } from './types';

/**
 * The method names that count as the SDK token call: `postOAuthApiToken` always (it is the
 * SDK's own), plus the in-house wrappers a configuration names (`tokenMethods`,
 * `--token-method`), which are found, reported and rewritten the same way.
 */
export function getTokenMethods(options: Pick<DetectOptions, 'tokenMethods'> = {}): readonly string[] {
  const extra = options.tokenMethods ?? [];
  return extra.length === 0 ? DEFAULT_TOKEN_METHODS : [...new Set([TOKEN_METHOD, ...extra])];
}

const DEFAULT_TOKEN_METHODS: readonly string[] = [TOKEN_METHOD];

/** A name that can follow a `.` in JavaScript (and so be a wrapper method's name). */
export const METHOD_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
export const METHOD_NAME_EXPECTED = 'a method name (letters, digits, "_" or "$", not starting with a digit), e.g. "getPasswordToken"';
