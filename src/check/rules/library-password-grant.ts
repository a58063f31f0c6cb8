import { normalizeWhitespace } from '../../detect/ast-utils';
import { draftFinding } from '../finding-drafts';
import { OAUTH_LIBRARIES } from '../libraries/index';
import { collectLibraryFile } from '../libraries/library-file';
import type { CheckRule, RuleDescription } from '../rule';
import { mentionsAny } from '../../text/mentions';

const meta: RuleDescription = {
  id: 'library-password-grant',
  level: 'error',
  summary: 'OAuth password grant through an OAuth client library (simple-oauth2, client-oauth2, openid-client, keycloak clients, ...)',
  help:
    'The library requests the token with grant_type=password. Use its client credentials grant instead (for example ' +
    'simple-oauth2 ClientCredentials, client-oauth2 credentials.getToken(), openid-client grant_type=client_credentials, ' +
    "keycloak-admin-client grantType 'client_credentials' with a client secret), or the Genesys SDK's loginClientCredentials. " +
    'This rule is report-only: migrate does not rewrite library calls.',
};

/** A password grant sent through an OAuth client library: one family per module in `libraries/`. */
export const libraryPasswordGrant: CheckRule = {
  meta,
  needles: [...new Set(OAUTH_LIBRARIES.flatMap((library) => library.needles))],
  suppressible: true,
  find(context) {
    const families = OAUTH_LIBRARIES.filter((library) => mentionsAny(context.text, library.needles));
    if (families.length === 0) return [];
    const file = collectLibraryFile(context.ast, context.text);
    return families.flatMap((family) =>
      family.find(file).map((grant) => {
        const library = grant.library ?? family.name;
        const { node } = grant;
        const span = {
          loc: { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 },
          endLoc: { line: node.loc?.end.line ?? 1, column: (node.loc?.end.column ?? 0) + 1 },
          normalizedText: normalizeWhitespace(context.text.slice(node.start ?? 0, node.end ?? 0)),
        };
        const message =
          `OAuth password grant through ${library}: \`${grant.api}\` logs in with a username and password; ` +
          "switch to the library's client credentials grant";
        return { ...draftFinding(context.file, meta, span, message, false), library };
      }),
    );
  },
};
