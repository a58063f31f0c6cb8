import * as path from 'path';
import { findLoginKinds, type LoginKind } from '../detect/login-calls';
import { USER_LOGIN_METHODS } from '../detect/login-methods';
import { parseSource, splitBom } from '../parse/parse-source';
import { discoverFiles } from '../runner/discover';
import { readSourceFile } from '../runner/read-source';
import { toReportPath } from '../runner/report-path';
import { isUtf8Text, looksMinified } from '../runner/skip-rules';
import { collectApiCallsInAst, couldCallPlatformApi, type ApiCall } from './collect-api-calls';

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

export interface ServiceCallsContext {
  cwd: string;
  /** the SDK API classes whose instances are recognised */
  apiClasses: ReadonlySet<string>;
  /** the service folder a file belongs to */
  findService: (absoluteFile: string) => string;
}

/**
 * Reads every source file of a service (those of nested services excluded) and parses the
 * few that mention an `...Api` name or a user sign-in, which keeps this pre-pass cheap.
 * Scope inference, the permissions of the role and the calls that need a user all read it.
 */
export async function collectServiceCalls(serviceFolder: string, context: ServiceCallsContext): Promise<ServiceCalls> {
  const { files } = await discoverFiles([serviceFolder], { cwd: context.cwd });
  const own = files.filter((entry) => context.findService(entry.absolutePath) === serviceFolder);
  const unreadFiles: string[] = [];
  const calls: ServiceCalls['calls'] = [];
  const logins = new Set<LoginKind>();
  for (const entry of own) {
    try {
      // The run's own skip rules: what it would not read (too big, minified, not UTF-8) holds no calls it rewrites.
      const { bytes } = readSourceFile(entry.realPath);
      if (!bytes || !isUtf8Text(bytes) || looksMinified(bytes)) continue;
      const { text } = splitBom(bytes.toString('utf8'));
      const signsIn = USER_LOGIN_METHODS.some((name) => text.includes(name));
      if (!couldCallPlatformApi(text) && !signsIn) continue;
      const ast = parseSource(text, entry.file);
      calls.push(...collectApiCallsInAst(ast, context.apiClasses).map((call) => ({ ...call, file: entry.file })));
      for (const kind of findLoginKinds(ast, text)) logins.add(kind);
    } catch {
      unreadFiles.push(entry.file);
    }
  }
  return {
    service: path.relative(context.cwd, serviceFolder) === '' ? '.' : toReportPath(serviceFolder, context.cwd),
    calls,
    logins: [...logins].sort(),
    unreadFiles: unreadFiles.sort(),
  };
}
