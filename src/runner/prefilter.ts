import { SUPPRESSION_MARKER } from '../check/suppressions';
import { LOGIN_METHOD_NEEDLES } from '../detect/login-methods';
import { TOKEN_METHOD } from '../detect/types';
import { HTTP_GRANT_NEEDLE_GROUPS } from '../rewrite/http/needles';
import { USER_CONTEXT_API_CLASSES } from '../genesys/user-context-operations';
import { BACKSLASH } from '../text/js-escapes';
import { mentionsAny } from '../text/mentions';
import { NeedleAutomaton } from '../text/needle-automaton';

/**
 * The cheap text test run before parsing: a file can only need analysis if one of its mode's
 * strings is in it. Most files of a repository fail it, which is what keeps a run over a
 * large repository fast.
 */
export type PrefilterMode = 'check' | 'migrate';

/**
 * What library-password-grant looks for (its families' `needles`): the OAuth client
 * libraries' package names and their most specific method names. Kept here as data, so that
 * a worker that parses nothing never loads the rules; a test keeps the two in step.
 */
const LIBRARY_NEEDLES = [
  'simple-oauth2',
  'client-oauth2',
  'openid-client',
  'oauth4webapi',
  'keycloak-admin',
  'obtainDirectly',
  '@badgateway/oauth2-client',
  'fetch-mw-oauth2',
  'oauth2-password-grant',
  'angular-oauth2-oidc',
  'getOAuthAccessToken',
  'acquireTokenByUsernamePassword',
  'acquireTokenWithUsernamePassword',
  'UsernamePasswordCredential',
  'loginWithUsernamePassword',
  'UserTokenCredentials',
  'passwordGrant',
  'jsforce',
  "'nforce",
  '"nforce',
  '`nforce',
  'axios-oauth-client',
  'react-native-auth0',
  'ringcentral',
  '@rc-ex/core',
  'signinResourceOwnerCredentials',
  'processResourceOwnerPasswordCredentials',
  'auth0-js',
  '@commercetools/',
  '@commercelayer/js-auth',
  '@spree/storefront-api-v2-sdk',
  'shopware-admin-api',
  '@shopware/api-client',
];

const NEEDLES: Record<PrefilterMode, readonly string[]> = {
  // migrate rewrites SDK calls, and raw HTTP token requests to Genesys Cloud (see GROUPS).
  migrate: [TOKEN_METHOD],
  // check also reports raw HTTP token requests, OAuth-library grants, suppression comments
  // without a reason, reads of the SDK's region table (genesys-region) and calls that need a
  // user (user-context-api: the API classes owning them, the login methods).
  check: [TOKEN_METHOD, 'grant_type', 'grantType', SUPPRESSION_MARKER, 'PureCloudRegionHosts', ...LIBRARY_NEEDLES, ...USER_CONTEXT_API_CLASSES, ...LOGIN_METHOD_NEEDLES],
};

/**
 * Tests of several strings that must all be present (one of each group): a raw HTTP grant
 * that migrate rewrites names a grant type and a Genesys Cloud login host. A file passes when
 * it holds a needle, or satisfies every group of one test.
 */
const GROUPS: Record<PrefilterMode, readonly (readonly (readonly string[])[])[]> = {
  migrate: [HTTP_GRANT_NEEDLE_GROUPS],
  check: [],
};

const toBytes = (needle: string) => Buffer.from(needle, 'utf8');

/**
 * The needles as UTF-8 bytes: the runner tests a file's bytes before decoding them. Few
 * needles (migrate's) are searched one by one with Node's native search; many (check's,
 * about fifty) in one pass of an automaton, built on first use.
 */
const NEEDLE_BYTES: Record<PrefilterMode, readonly Buffer[]> = {
  migrate: NEEDLES.migrate.map(toBytes),
  check: NEEDLES.check.map(toBytes),
};
const AUTOMATON_FROM = 4;
const automata = new Map<string, NeedleAutomaton>();

/** Whether one of the mode's needles or the run's own (`extra`) is in the bytes. */
function holdsNeedleBytes(bytes: Buffer, mode: PrefilterMode, extra: readonly string[]): boolean {
  const own = NEEDLE_BYTES[mode];
  if (own.length + extra.length < AUTOMATON_FROM) {
    if (own.some((needle) => bytes.includes(needle)) || (extra.length > 0 && getExtraNeedleBytes(extra).some((needle) => bytes.includes(needle)))) return true;
    // A needle spelled with escapes (`postOAuth\u0041piToken`) needs the automaton's
    // decoding; only a file with a backslash can hold one.
    if (!bytes.includes(BACKSLASH)) return false;
  }
  const key = `${mode}\u0000${extra.join('\u0000')}`;
  let automaton = automata.get(key);
  if (!automaton) {
    automaton = new NeedleAutomaton([...own, ...getExtraNeedleBytes(extra)]);
    automata.set(key, automaton);
  }
  return automaton.test(bytes);
}
const GROUP_BYTES: Record<PrefilterMode, readonly (readonly (readonly Buffer[])[])[]> = {
  migrate: GROUPS.migrate.map((test) => test.map((group) => group.map(toBytes))),
  check: GROUPS.check.map((test) => test.map((group) => group.map(toBytes))),
};

/** The configured wrapper names (`tokenMethods`) as bytes, converted once per distinct list. */
const extraNeedleBytes = new Map<string, readonly Buffer[]>();

function getExtraNeedleBytes(extra: readonly string[]): readonly Buffer[] {
  const key = extra.join('\u0000');
  let bytes = extraNeedleBytes.get(key);
  if (!bytes) {
    bytes = extra.map((needle) => Buffer.from(needle, 'utf8'));
    extraNeedleBytes.set(key, bytes);
  }
  return bytes;
}

/**
 * True when the source may need the mode's analysis (`check` by default, the wider test).
 * Given bytes, the search runs on them (Node's native byte search), so a file that fails is
 * never decoded into a string: on a repository where nearly every file fails, decoding was
 * most of the cost of reading. `extra` are the run's own needles: the wrapper methods that
 * the configuration counts as the SDK token call (`tokenMethods`), for both modes.
 */
export function couldHoldPasswordGrant(source: string | Buffer, mode: PrefilterMode = 'check', extra: readonly string[] = []): boolean {
  if (typeof source === 'string') {
    if (mentionsAny(source, NEEDLES[mode]) || mentionsAny(source, extra)) return true;
    return GROUPS[mode].some((test) => test.every((group) => mentionsAny(source, group)));
  }
  if (holdsNeedleBytes(source, mode, extra)) return true;
  if (GROUP_BYTES[mode].some((test) => test.every((group) => group.some((needle) => source.includes(needle))))) return true;
  // The groups spelled with escapes: rare enough (a backslash, and a group missing as
  // written) to be tested on the decoded text.
  if (GROUPS[mode].length === 0 || !source.includes(BACKSLASH)) return false;
  // Latin-1 keeps every byte one character: the escapes and the needles are ASCII.
  const text = source.toString('latin1');
  return GROUPS[mode].some((test) => test.every((group) => mentionsAny(text, group)));
}

