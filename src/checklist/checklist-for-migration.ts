import * as path from 'path';
import type { ChangedFile, SecretEntry } from '../report/migrate/types';
import { DEFAULT_CLIENT_ID_ENV, DEFAULT_CLIENT_SECRET_ENV } from '../rewrite/types';
import { createServiceLocator } from '../service/find-service';
import type { ServiceAfterSwitch } from '../service/after-switch';
import { buildChecklist, type ChecklistServiceInput, type ServiceChecklist } from './build-checklist';

/**
 * The checklist of a `migrate` run: every rewritten file, grouped by its service (nearest
 * package.json), with the settings it was rewritten with and the secrets
 * found in it.
 */
export function buildMigrationChecklist(
  changed: readonly ChangedFile[],
  secrets: readonly SecretEntry[],
  cwd: string,
  services: readonly ServiceAfterSwitch[] = [],
  runPaths: readonly string[] = [],
): ServiceChecklist[] {
  // The same notion of a service as scope inference uses, so the checklist and the inferred
  // scopes group files alike.
  const findServiceRoot = createServiceLocator(cwd, runPaths);
  const toServicePath = (absoluteFile: string): string =>
    path.relative(cwd, findServiceRoot(absoluteFile)).split(path.sep).join('/') || '.';

  return buildChecklist(
    changed.map((entry) => ({
      file: entry.file,
      service: toServicePath(path.resolve(cwd, entry.file)),
      scopes: entry.scopes,
      clientIdEnv: entry.options.clientIdEnv ?? DEFAULT_CLIENT_ID_ENV,
      clientSecretEnv: entry.options.clientSecretEnv ?? DEFAULT_CLIENT_SECRET_ENV,
      target: entry.options.target ?? 'init-login',
      secrets: secrets.filter((secret) => secret.file === entry.file),
      legacyEnvVars: entry.legacyEnvVars,
    })),
    new Map<string, ChecklistServiceInput>(services.map((service) => [service.service, service])),
  );
}
