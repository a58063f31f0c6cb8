import { mentionsAny } from '../../text/mentions';

/**
 * The cheap text test for a raw HTTP password grant that `migrate` may rewrite: the file names
 * a grant type and a Genesys Cloud login host. Every host of `LOGIN_HOSTS` holds one of
 * `HOST_NEEDLES` (a test keeps them in step). Shared by the runner's prefilter and the early
 * exit of `transformSource`, so that the two never disagree.
 */
export const GRANT_NEEDLES: readonly string[] = ['grant_type', 'grantType'];
export const HOST_NEEDLES: readonly string[] = ['mypurecloud', 'pure.cloud'];

/** Both groups must match: one string of each. */
export const HTTP_GRANT_NEEDLE_GROUPS: readonly (readonly string[])[] = [GRANT_NEEDLES, HOST_NEEDLES];

export function mayHoldGenesysHttpGrant(source: string): boolean {
  return HTTP_GRANT_NEEDLE_GROUPS.every((group) => mentionsAny(source, group));
}
