import type { ServiceAfterSwitch, UserContextEntry } from '../service/after-switch';

/**
 * Human lines explaining each service's role: every permission with the operations that need
 * it (as the scope explanation does), and what is left to add by hand.
 */
export function renderPermissionExplanation(services: readonly ServiceAfterSwitch[]): string[] {
  const lines: string[] = [];
  for (const service of services) {
    lines.push(`  service ${service.service}:`);
    for (const reason of service.permissionReasons) lines.push(`    ${reason.permission} ← ${reason.operations.join(', ')}`);
    if (service.permissions.length === 0 && service.unknownOperations.length === 0) {
      lines.push(service.operationCount > 0 ? '    (the operations it calls declare no permission)' : '    (no Platform API call found: add the permissions it needs by hand)');
    }
    if (service.unknownOperations.length > 0) {
      lines.push(`    no permission data for: ${service.unknownOperations.join(', ')} (add the permissions they need by hand)`);
    }
  }
  return lines;
}

/** One line per call that fails without a user: where, which operation, how sure, what instead. */
export function describeUserContextCall(call: UserContextEntry): string {
  const instead = call.alternative ? `; instead: ${call.alternative}` : '';
  return `${call.file}:${call.line}:${call.column}  ${call.operation} (confidence ${call.confidence})${instead}`;
}
