import { findLoginKinds, LOGIN_METHOD_NEEDLES, type LoginKind } from '../../detect/login-calls';
import { TOKEN_METHOD } from '../../detect/types';
import { getShippedUserContextTable, USER_CONTEXT_API_CLASSES, type UserContextConfidence } from '../../genesys/user-context-operations';
import { collectApiCallsInAst } from '../../scopes/collect-api-calls';
import { draftFinding } from '../finding-drafts';
import type { CheckRule, RuleContext, RuleDescription } from '../rule';
import { mentions, mentionsAny } from '../../text/mentions';

const meta: RuleDescription = {
  id: 'user-context-api',
  level: 'warning',
  summary: 'Genesys Cloud call that needs a user behind the token, in a service that logs in without one',
  help:
    'A client-credentials token has no user, so "current user" operations (UsersApi.getUsersMe and about 120 others) fail ' +
    'or return nothing once the service logs in with client credentials. Get the data another way (the message names ' +
    'the alternative where one is known), e.g. by an explicit user id. Reported in services that log in with client ' +
    'credentials or with a password grant that migrate turns into one; never in services whose user signs in ' +
    '(implicit, PKCE, code, SAML2 bearer). Low-confidence operations are reported only with --strict; fails the run only with --strict.',
};

/**
 * How the service logs in, as far as this file shows: `no-user` for client credentials or a
 * password grant (which the migration turns into client credentials), `user` for a sign-in.
 */
export type ServiceLogin = 'no-user' | 'user';

/** What the judgement needs from one file (plain data). */
export interface UserContextFacts {
  logins: ServiceLogin[];
  /** `line:column` of each candidate → the table's confidence */
  confidence: Record<string, UserContextConfidence>;
}

interface UserContextCall {
  operation: string;
  confidence: UserContextConfidence;
  alternative?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Both `find` and `collectFacts` need the file's calls: computed once per file. */
const callsByContext = new WeakMap<RuleContext, UserContextCall[]>();

function findUserContextCalls(context: RuleContext): UserContextCall[] {
  const known = callsByContext.get(context);
  if (known) return known;
  let calls: UserContextCall[] = [];
  // The 50 KB table is read only for a file that names one of its API classes.
  if (mentionsAny(context.text, USER_CONTEXT_API_CLASSES)) {
    const table = getShippedUserContextTable();
    calls = collectApiCallsInAst(context.ast, table.apiClasses).flatMap((call) => {
      const entry = table.lookup(`${call.apiClass}.${call.method}`);
      return entry ? [{ ...entry, line: call.line, column: call.column, endLine: call.endLine, endColumn: call.endColumn }] : [];
    });
  }
  callsByContext.set(context, calls);
  return calls;
}

const positionKey = (entry: { line: number; column: number }) => `${entry.line}:${entry.column}`;

function describeCall(call: UserContextCall): string {
  const instead = call.alternative ? `; instead: ${call.alternative}` : '; get the data by an explicit id instead';
  return (
    `\`${call.operation}\` needs a user behind the token (confidence ${call.confidence}): a client-credentials token has none, ` +
    `so this call fails after the switch${instead}`
  );
}

/**
 * A call of an operation that needs a user, on an SDK API instance (recognised as scope
 * inference recognises them), in a service that logs in without a user.
 */
export const userContextApi: CheckRule = {
  meta,
  // The API classes that own such operations, the login methods and the token call: short
  // literal strings, so the runner's prefilter stays a handful of byte searches.
  needles: [...USER_CONTEXT_API_CLASSES, ...LOGIN_METHOD_NEEDLES, TOKEN_METHOD],
  suppressible: true,
  find(context) {
    return findUserContextCalls(context).map((call) =>
      draftFinding(
        context.file,
        meta,
        { loc: call, endLoc: { line: call.endLine, column: call.endColumn }, normalizedText: call.operation },
        describeCall(call),
        false,
      ),
    );
  },
  service: {
    collectFacts(context): UserContextFacts {
      const kinds: LoginKind[] = findLoginKinds(context.ast, context.text);
      const logins = new Set<ServiceLogin>(kinds.map((kind) => (kind === 'user' ? 'user' : 'no-user')));
      if (mentions(context.text, TOKEN_METHOD) && context.grantSites().some((site) => site.grant === 'password')) logins.add('no-user');
      const confidence: Record<string, UserContextConfidence> = {};
      for (const call of findUserContextCalls(context)) confidence[positionKey(call)] = call.confidence;
      return { logins: [...logins].sort(), confidence };
    },
    judge(files, options) {
      const facts = files.map((file) => file.facts as UserContextFacts);
      const logins = new Set(facts.flatMap((entry) => entry.logins));
      // A service whose user signs in has a real "me"; one that never logs in here is not ours to judge.
      if (!logins.has('no-user') || logins.has('user')) return [];
      return files.flatMap((file, index) =>
        file.candidates.filter((candidate) => options.strict || facts[index].confidence[positionKey(candidate)] !== 'low'),
      );
    },
  },
};
