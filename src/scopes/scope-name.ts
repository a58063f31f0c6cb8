/**
 * What a scope name may look like (`analytics:readonly`, `user-basic-info`). The names end up
 * in generated code and in the Developer Console, so anything else is refused up front.
 */
export const SCOPE_NAME_PATTERN = /^[A-Za-z0-9:_-]+$/;

export const SCOPE_NAME_EXPECTED = 'a scope name made of letters, digits and ":", "_", "-" (e.g. analytics:readonly)';

export function isValidScopeName(name: string): boolean {
  return SCOPE_NAME_PATTERN.test(name);
}

/** The read-only twin of a scope is narrower: `analytics:readonly` grants less than `analytics`. */
export function isReadOnlyScope(name: string): boolean {
  return name.endsWith(':readonly');
}
