import { getShippedPermissionTable } from '../genesys/operation-permissions';
import { getShippedUserContextTable } from '../genesys/user-context-operations';
import { analyseServiceAfterSwitch, type ServiceAfterSwitch } from '../service/after-switch';
import { createServiceLocator } from '../service/find-service';
import { assembleServiceCalls, type ServiceCalls, type ServiceFilesReader } from './collect-service-calls';
import { inferServiceScopes, type ServiceScopeInference } from './infer-service-scopes';
import { getShippedScopeTable } from './scope-table';

export interface ServiceInference {
  /** the scopes for a file's service; `read` gives the facts of the service's files */
  inferScopes(absolutePath: string, read: ServiceFilesReader): Promise<ServiceScopeInference>;
  /** what a file's service needs after the switch: the calls that need a user, the role's permissions */
  analyseService(absolutePath: string, read: ServiceFilesReader): Promise<ServiceAfterSwitch>;
}

/**
 * Inference for a run, once per service: each service's files are read once (by the runner,
 * through `read`), whichever of scopes, permissions or user-context calls is asked for first,
 * and every file of a service gets the same answer. The runner asks only for the files that
 * need it.
 */
export function createServiceInference(cwd: string, runPaths: readonly string[] = []): ServiceInference {
  const findService = createServiceLocator(cwd, runPaths);
  const byService = new Map<string, Promise<ServiceCalls>>();
  const collect = (absolutePath: string, read: ServiceFilesReader): Promise<ServiceCalls> => {
    const service = findService(absolutePath);
    let calls = byService.get(service);
    if (!calls) {
      calls = read(service, (file) => findService(file) === service).then((facts) => assembleServiceCalls(service, cwd, facts));
      byService.set(service, calls);
    }
    return calls;
  };
  return {
    inferScopes: async (absolutePath, read) => inferServiceScopes(await collect(absolutePath, read), getShippedScopeTable()),
    analyseService: async (absolutePath, read) =>
      analyseServiceAfterSwitch(await collect(absolutePath, read), { permissions: getShippedPermissionTable(), userContext: getShippedUserContextTable() }),
  };
}
