import * as path from 'path';
import { findLoginKinds, type LoginKind } from '../detect/login-calls';
import { parseSource, splitBom } from '../parse/parse-source';
import { toReportPath } from '../paths/report-path';
import { collectApiCallsInAst, type ApiCall } from './collect-api-calls';
import { getShippedScopeTable } from './scope-table';
import { couldHoldServiceFacts } from './service-facts-text';

/** Every Platform API call of one service, and how its code logs in: plain data, read once per service. */
export interface ServiceCalls {
  /** the service folder (report path, `.` for the cwd) */
  service: string;
  /** each call with the report path of its file, in file order */
  calls: (ApiCall & { file: string })[];
  /** the login kinds the service's files call (`user` when a person signs in somewhere) */
  logins: LoginKind[];
  /** files of the service that could not be read or parsed (their calls are missing) */
  unreadFiles: string[];
}

/** What one source file tells of its service: its API calls and its logins. */
export interface FileServiceFacts {
  calls: ApiCall[];
  logins: LoginKind[];
}

/** The facts of a service's own files, as the runner read them. */
export interface ServiceFileFacts {
  /** each file that holds a call or a login, by report path */
  files: (FileServiceFacts & { file: string })[];
  /** files of the service that could not be read or parsed (report paths) */
  unreadFiles: string[];
}

/**
 * Reads the facts of a service's own files: the runner's job (it knows the run's files, its
 * ignores and its threads), handed to the inference so that scope inference never walks or
 * reads the file tree itself. `ownFile` tells which files of the folder are the service's
 * (a nested service's files are not).
 */
export type ServiceFilesReader = (serviceFolder: string, ownFile: (absolutePath: string) => boolean) => Promise<ServiceFileFacts>;

/**
 * The API calls and logins of one file (API classes: the shipped scope table's by default);
 * null when its text holds neither. Throws when it does not parse.
 */
export function collectFileServiceFacts(source: string, fileName: string, apiClasses: ReadonlySet<string> = getShippedScopeTable().apiClasses): FileServiceFacts | null {
  const { text } = splitBom(source);
  if (!couldHoldServiceFacts(text)) return null;
  const ast = parseSource(text, fileName, { attachComment: false });
  const calls = collectApiCallsInAst(ast, apiClasses);
  const logins = findLoginKinds(ast, text);
  return calls.length > 0 || logins.length > 0 ? { calls, logins } : null;
}

/** One service's calls from the facts of its files (in the order given, which is file order). */
export function assembleServiceCalls(serviceFolder: string, cwd: string, facts: ServiceFileFacts): ServiceCalls {
  const logins = new Set<LoginKind>();
  const calls: ServiceCalls['calls'] = [];
  for (const file of facts.files) {
    calls.push(...file.calls.map((call) => ({ ...call, file: file.file })));
    for (const kind of file.logins) logins.add(kind);
  }
  return {
    service: path.relative(cwd, serviceFolder) === '' ? '.' : toReportPath(serviceFolder, cwd),
    calls,
    logins: [...logins].sort(),
    unreadFiles: [...facts.unreadFiles].sort(),
  };
}
