import * as path from 'path';
import { discoverFiles } from '../runner/discover';
import { readSourceFile } from '../runner/read-source';
import { toReportPath } from '../runner/report-path';
import { isUtf8Text, looksMinified } from '../runner/skip-rules';
import { chooseScopes, type ScopeReason } from './choose-scopes';
import { collectApiCalls, couldCallPlatformApi } from './collect-api-calls';
import type { OperationBasis, ScopeTable } from './scope-table';

/** What inference found for one service: plain data, for the reports. */
export interface ServiceScopeInference {
  /** the service folder (report path, `.` for the cwd) */
  service: string;
  /** sorted, de-duplicated; empty when nothing could be inferred */
  scopes: string[];
  /** scope → the operations that need it */
  reasons: ScopeReason[];
  /** every operation called, with how its scopes are known and where it is called (`file:line`) */
  operations: { operation: string; basis: OperationBasis; calledAt: string[] }[];
  /** operations the table has no data for */
  unknownOperations: string[];
  /** files of the service that could not be read or parsed (their calls are missing) */
  unreadFiles: string[];
}

export interface InferenceContext {
  cwd: string;
  table: ScopeTable;
  /** the service folder a file belongs to */
  findService: (absoluteFile: string) => string;
}

/**
 * Collects the Platform API operations a service's code calls and chooses the scopes for
 * them. Every source file of the service is read (those of nested services excluded), but
 * only files that mention an `...Api` name are parsed, which keeps this pre-pass cheap.
 */
export async function inferServiceScopes(serviceFolder: string, context: InferenceContext): Promise<ServiceScopeInference> {
  const { files } = await discoverFiles([serviceFolder], { cwd: context.cwd });
  const own = files.filter((entry) => context.findService(entry.absolutePath) === serviceFolder);
  const unreadFiles: string[] = [];
  const perFile = own.map((entry) => {
    try {
      // The run's own skip rules: what it would not read (too big, minified, not UTF-8) holds no calls it rewrites.
      const { bytes } = readSourceFile(entry.realPath);
      if (!bytes || !isUtf8Text(bytes) || looksMinified(bytes)) return [];
      const text = bytes.toString('utf8');
      if (!couldCallPlatformApi(text)) return [];
      return collectApiCalls(text, entry.file, context.table.apiClasses).map((call) => ({ ...call, file: entry.file }));
    } catch {
      unreadFiles.push(entry.file);
      return [];
    }
  });

  const calledAt = new Map<string, string[]>();
  for (const call of perFile.flat()) {
    const operation = `${call.apiClass}.${call.method}`;
    calledAt.set(operation, [...(calledAt.get(operation) ?? []), `${call.file}:${call.line}`]);
  }
  const looked = [...calledAt.keys()].sort().map((operation) => {
    const [apiClass, method] = operation.split('.') as [string, string];
    return context.table.lookup(apiClass, method);
  });
  const choice = chooseScopes(looked);
  return {
    service: path.relative(context.cwd, serviceFolder) === '' ? '.' : toReportPath(serviceFolder, context.cwd),
    scopes: choice.scopes,
    reasons: choice.reasons,
    operations: looked.map((entry) => ({ operation: entry.operation, basis: entry.basis, calledAt: calledAt.get(entry.operation) ?? [] })),
    unknownOperations: choice.unknownOperations,
    unreadFiles: unreadFiles.sort(),
  };
}
