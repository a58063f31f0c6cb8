import type { PermissionReason } from '../permissions/choose-permissions';
import type { SecretReport, Target } from '../rewrite/types';
import type { UserContextEntry } from '../service/after-switch';

/**
 * The steps a migration leaves to people, per service (the folder of the nearest
 * package.json): the code change is only half of moving off the password grant.
 */

/** What the runner knows about one rewritten file, as input to the checklist. */
export interface ChecklistFileInput {
  /** report path of the file */
  file: string;
  /** report path of the service folder (`.` for the root) */
  service: string;
  scopes: readonly string[];
  clientIdEnv: string;
  clientSecretEnv: string;
  target: Target;
  secrets: readonly SecretReport[];
  /** env vars the old credentials were read from */
  legacyEnvVars: readonly string[];
}

/** What the service needs after the switch, as far as its code shows (see service/after-switch.ts). */
export interface ChecklistServiceInput {
  /** the least-privilege permissions for the OAuth client's role */
  permissions: readonly string[];
  permissionReasons: readonly PermissionReason[];
  /** operations called that have no permission data */
  unknownOperations: readonly string[];
  /** the calls that will fail without a user */
  userContext: readonly UserContextEntry[];
  /** how many distinct Platform API operations the service calls (0: none found) */
  operationCount: number;
}

export type ChecklistStepId =
  | 'create-oauth-client'
  | 'grant-scopes-and-roles'
  | 'fix-user-context-calls'
  | 'set-environment-variables'
  | 'rotate-secrets'
  | 'remove-password-variables';

export interface ChecklistStep {
  id: ChecklistStepId;
  text: string;
}

export interface ServiceChecklist {
  service: string;
  files: string[];
  scopes: string[];
  envVars: { clientId: string[]; clientSecret: string[] };
  secretsToRotate: { file: string; line: number; kind: SecretReport['kind'] }[];
  legacyEnvVars: string[];
  /** the role's least-privilege permissions (empty when none could be inferred) */
  permissions: string[];
  /** each permission with the operations that need it */
  permissionReasons: PermissionReason[];
  /** operations called that have no permission data: add their permissions by hand */
  unknownOperations: string[];
  /** the calls that will fail after the switch (a client-credentials token has no user) */
  userContext: UserContextEntry[];
  /** how many distinct Platform API operations the service calls */
  operationCount: number;
  steps: ChecklistStep[];
}

const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

function buildSteps(entry: Omit<ServiceChecklist, 'steps'>, targets: Set<Target>): ChecklistStep[] {
  const steps: ChecklistStep[] = [
    {
      id: 'create-oauth-client',
      text:
        'In Genesys Cloud Admin > Integrations > OAuth, create an OAuth client with the Client Credentials grant type ' +
        '(or apply the Terraform file that `migrate --terraform FILE` writes).',
    },
  ];
  const scopeList = entry.scopes.length > 0 ? entry.scopes.join(', ') : '(none inferred: choose them by hand)';
  const where = targets.has('platform-client-v2')
    ? ' (purecloud-platform-client-v2 takes no scopes at login: they must be set on the OAuth client)'
    : '';
  steps.push({
    id: 'grant-scopes-and-roles',
    text: `Give the OAuth client these scopes${where}: ${scopeList}. ${describeRole(entry)}`,
  });
  if (entry.userContext.length > 0) {
    const calls = entry.userContext.map((call) => `${call.file}:${call.line} ${call.operation}${call.alternative ? ` (instead: ${call.alternative})` : ''}`);
    steps.push({
      id: 'fix-user-context-calls',
      text: `These calls will fail after the switch (a client-credentials token has no user); change them before deploying: ${calls.join('; ')}.`,
    });
  }
  steps.push({
    id: 'set-environment-variables',
    text: `Put the client ID in ${entry.envVars.clientId.join(', ')} and the client secret in ${entry.envVars.clientSecret.join(', ')} wherever the service runs.`,
  });
  if (entry.secretsToRotate.length > 0) {
    const places = entry.secretsToRotate.map((secret) => `${secret.file}:${secret.line} (${secret.kind})`).join(', ');
    steps.push({
      id: 'rotate-secrets',
      text: `Rotate every hard-coded credential that was in the code (it is still in version control history): ${places}.`,
    });
  }
  if (entry.legacyEnvVars.length > 0) {
    steps.push({
      id: 'remove-password-variables',
      text: `Remove the now-unused password-grant variables from deployment configuration: ${entry.legacyEnvVars.join(', ')}.`,
    });
  }
  return steps;
}

/**
 * Genesys authorizes a client-credentials token by the roles of its OAuth client, not its
 * scopes: the step names the least-privilege permissions, or says what to add by hand.
 */
function describeRole(entry: Omit<ServiceChecklist, 'steps'>): string {
  const intro = 'Genesys authorizes a client-credentials token by the roles of its OAuth client, not by scopes: create a role';
  const give = 'and give it to the OAuth client in the divisions the service works in';
  const unknown =
    entry.unknownOperations.length > 0 ? ` No permission data for ${entry.unknownOperations.join(', ')}: add the permissions they need by hand.` : '';
  if (entry.permissions.length > 0) return `${intro} with these permissions ${give}: ${entry.permissions.join(', ')}.${unknown}`;
  if (entry.operationCount > 0 && entry.unknownOperations.length === 0) {
    return `${intro} ${give}; the operations the service calls declare no permission, so the role needs none for them.`;
  }
  return `${intro} with the permissions the service needs ${give} (none could be inferred from its SDK calls).${unknown}`;
}

const EMPTY_SERVICE: ChecklistServiceInput = { permissions: [], permissionReasons: [], unknownOperations: [], userContext: [], operationCount: 0 };

/** Groups rewritten files by service and lists what is left to do for each, sorted by service. */
export function buildChecklist(
  files: readonly ChecklistFileInput[],
  services: ReadonlyMap<string, ChecklistServiceInput> = new Map(),
): ServiceChecklist[] {
  const byService = new Map<string, ChecklistFileInput[]>();
  for (const file of files) byService.set(file.service, [...(byService.get(file.service) ?? []), file]);

  return [...byService.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, members]) => {
      const entry = {
        service,
        files: sortedUnique(members.map((member) => member.file)),
        scopes: sortedUnique(members.flatMap((member) => member.scopes)),
        envVars: {
          clientId: sortedUnique(members.map((member) => member.clientIdEnv)),
          clientSecret: sortedUnique(members.map((member) => member.clientSecretEnv)),
        },
        secretsToRotate: members
          .flatMap((member) => member.secrets.map(({ file, line, kind }) => ({ file, line, kind })))
          .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
        legacyEnvVars: sortedUnique(members.flatMap((member) => member.legacyEnvVars)),
        ...copyServiceInput(services.get(service) ?? EMPTY_SERVICE),
      };
      return { ...entry, steps: buildSteps(entry, new Set(members.map((member) => member.target))) };
    });
}

function copyServiceInput(input: ChecklistServiceInput): Pick<ServiceChecklist, keyof ChecklistServiceInput> {
  return {
    permissions: [...input.permissions],
    permissionReasons: input.permissionReasons.map((reason) => ({ permission: reason.permission, operations: [...reason.operations] })),
    unknownOperations: [...input.unknownOperations],
    userContext: input.userContext.map((call) => ({ ...call })),
    operationCount: input.operationCount,
  };
}
