import type { SecretReport, Target } from '../rewrite/types';

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

export type ChecklistStepId =
  | 'create-oauth-client'
  | 'grant-scopes-and-roles'
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
  steps: ChecklistStep[];
}

const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

function buildSteps(entry: Omit<ServiceChecklist, 'steps'>, targets: Set<Target>): ChecklistStep[] {
  const steps: ChecklistStep[] = [
    {
      id: 'create-oauth-client',
      text: 'In Genesys Cloud Admin > Integrations > OAuth, create an OAuth client with the Client Credentials grant type.',
    },
  ];
  const scopeList = entry.scopes.length > 0 ? entry.scopes.join(', ') : '(none inferred: choose them by hand)';
  const where = targets.has('platform-client-v2')
    ? ' (purecloud-platform-client-v2 takes no scopes at login: they must be set on the OAuth client)'
    : '';
  steps.push({
    id: 'grant-scopes-and-roles',
    text: `Give the OAuth client these scopes${where}: ${scopeList}; and assign it the roles the service account had.`,
  });
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

/** Groups rewritten files by service and lists what is left to do for each, sorted by service. */
export function buildChecklist(files: readonly ChecklistFileInput[]): ServiceChecklist[] {
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
      };
      return { ...entry, steps: buildSteps(entry, new Set(members.map((member) => member.target))) };
    });
}
