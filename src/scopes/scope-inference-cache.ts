import { createServiceLocator } from '../service/find-service';
import { inferServiceScopes, type ServiceScopeInference } from './infer-service-scopes';
import { getShippedScopeTable } from './scope-table';

/**
 * Scope inference for a run, once per service: the runner asks only for files whose sites
 * were held back for want of scopes, and every file of a service gets the same scopes.
 */
export function createScopeInferrer(cwd: string): (absolutePath: string) => Promise<ServiceScopeInference> {
  const findService = createServiceLocator(cwd);
  const byService = new Map<string, Promise<ServiceScopeInference>>();
  return (absolutePath) => {
    const service = findService(absolutePath);
    let inference = byService.get(service);
    if (!inference) {
      inference = inferServiceScopes(service, { cwd, table: getShippedScopeTable(), findService });
      byService.set(service, inference);
    }
    return inference;
  };
}
