import { chooseScopes } from './choose-scopes';
import { collectApiCalls } from './collect-api-calls';
import { getShippedScopeTable, type ScopeTable } from './scope-table';

/**
 * Least-privilege scopes for the Platform API operations one file calls, for callers that
 * see a single file (the ESLint plugin). `migrate` infers per service instead (every file
 * under the nearest package.json), so the two agree when the file is the only one of its
 * service that calls the API. Empty when nothing could be inferred. Throws ParseError when
 * the file cannot be parsed.
 */
export function inferFileScopes(source: string, file: string, table: ScopeTable = getShippedScopeTable()): string[] {
  const operations = [...new Set(collectApiCalls(source, file, table.apiClasses).map((call) => `${call.apiClass}.${call.method}`))]
    .sort()
    .map((operation) => {
      const [apiClass, method] = operation.split('.') as [string, string];
      return table.lookup(apiClass, method);
    });
  return chooseScopes(operations).scopes;
}
