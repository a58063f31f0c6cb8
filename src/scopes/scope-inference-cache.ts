import { getShippedPermissionTable } from '../genesys/operation-permissions';
import { getShippedUserContextTable } from '../genesys/user-context-operations';
import { analyseServiceAfterSwitch, type ServiceAfterSwitch } from '../service/after-switch';
import { createServiceLocator } from '../service/find-service';
import { collectServiceCalls, type ServiceCalls } from './collect-service-calls';
import { inferServiceScopes, type ServiceScopeInference } from './infer-service-scopes';
import { getShippedScopeTable } from './scope-table';

export interface ServiceInference {
  /** the scopes for a file's service */
  inferScopes(absolutePath: string): Promise<ServiceScopeInference>;
  /** what a file's service needs after the switch: the calls that need a user, the role's permissions */
  analyseService(absolutePath: string): Promise<ServiceAfterSwitch>;
}

/**
 * Inference for a run, once per service: each service's files are read once, whichever of
 * scopes, permissions or user-context calls is asked for first, and every file of a service
 * gets the same answer. The runner asks only for the files that need it.
 */
export function createServiceInference(cwd: string, runPaths: readonly string[] = []): ServiceInference {
  const findService = createServiceLocator(cwd, runPaths);
  const byService = new Map<string, Promise<ServiceCalls>>();
  const collect = (absolutePath: string) => {
    const service = findService(absolutePath);
    let calls = byService.get(service);
    if (!calls) {
      calls = collectServiceCalls(service, { cwd, apiClasses: getShippedScopeTable().apiClasses, findService });
      byService.set(service, calls);
    }
    return calls;
  };
  return {
    inferScopes: async (absolutePath) => inferServiceScopes(await collect(absolutePath), getShippedScopeTable()),
    analyseService: async (absolutePath) =>
      analyseServiceAfterSwitch(await collect(absolutePath), { permissions: getShippedPermissionTable(), userContext: getShippedUserContextTable() }),
  };
}

/** Scope inference alone (see createServiceInference). */
export function createScopeInferrer(cwd: string): (absolutePath: string) => Promise<ServiceScopeInference> {
  return createServiceInference(cwd).inferScopes;
}
