import { promises as fs } from 'fs';
import { couldHoldPasswordGrant } from '../runner/prefilter';
import { createServiceLocator } from '../service/find-service';
import { inferServiceScopes, type ServiceScopeInference } from './infer-service-scopes';
import { getShippedScopeTable } from './scope-table';

/**
 * Scope inference for a run: computed only for services that hold a file the prefilter lets
 * through (a file that cannot hold a password grant needs no scopes), once per service.
 * Returns null for a file that cannot hold a grant.
 */
export function createScopeInferrer(cwd: string): (absolutePath: string) => Promise<ServiceScopeInference | null> {
  const findService = createServiceLocator(cwd);
  const byService = new Map<string, Promise<ServiceScopeInference>>();
  return async (absolutePath) => {
    const text = await fs.readFile(absolutePath, 'utf8').catch(() => null);
    // An unreadable file becomes an error outcome in the worker; it needs no scopes.
    if (text === null || !couldHoldPasswordGrant(text, 'migrate')) return null;
    const service = findService(absolutePath);
    let inference = byService.get(service);
    if (!inference) {
      inference = inferServiceScopes(service, { cwd, table: getShippedScopeTable(), findService });
      byService.set(service, inference);
    }
    return inference;
  };
}
