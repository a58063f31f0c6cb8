import { collectFileServiceFacts, type FileServiceFacts } from './collect-service-calls';
import { getShippedScopeTable } from './scope-table';

/** A file's facts with the API classes of the shipped scope table (what the workers call). */
export function collectShippedServiceFacts(source: string, fileName: string): FileServiceFacts | null {
  return collectFileServiceFacts(source, fileName, getShippedScopeTable().apiClasses);
}
