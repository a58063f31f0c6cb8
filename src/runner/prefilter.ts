import { SUPPRESSION_MARKER } from '../check/suppressions';
import { LOGIN_METHOD_NEEDLES } from '../detect/login-methods';
import { TOKEN_METHOD } from '../detect/types';
import { USER_CONTEXT_API_CLASSES } from '../genesys/user-context-operations';

/**
 * The cheap text test run before parsing: a file can only need analysis if one of its mode's
 * strings is in it. Most files of a repository fail it, which is what keeps a run over a
 * large repository fast.
 */
export type PrefilterMode = 'check' | 'migrate';

const NEEDLES: Record<PrefilterMode, readonly string[]> = {
  // migrate rewrites SDK calls only: a raw HTTP token request is check's business.
  migrate: [TOKEN_METHOD],
  // check also reports raw HTTP token requests, suppression comments without a reason, and
  // calls that need a user (user-context-api: the API classes owning them, the login methods).
  check: [TOKEN_METHOD, 'oauth/token', SUPPRESSION_MARKER, ...USER_CONTEXT_API_CLASSES, ...LOGIN_METHOD_NEEDLES],
};

/** The needles as UTF-8 bytes: the runner tests a file's bytes before decoding them. */
const NEEDLE_BYTES: Record<PrefilterMode, readonly Buffer[]> = {
  migrate: NEEDLES.migrate.map((needle) => Buffer.from(needle, 'utf8')),
  check: NEEDLES.check.map((needle) => Buffer.from(needle, 'utf8')),
};

/**
 * True when the source may need the mode's analysis (`check` by default, the wider test).
 * Given bytes, the search runs on them (Node's native byte search), so a file that fails is
 * never decoded into a string: on a repository where nearly every file fails, decoding was
 * most of the cost of reading.
 */
export function couldHoldPasswordGrant(source: string | Buffer, mode: PrefilterMode = 'check'): boolean {
  if (typeof source === 'string') return NEEDLES[mode].some((needle) => source.includes(needle));
  return NEEDLE_BYTES[mode].some((needle) => source.includes(needle));
}
