import * as fs from 'fs';
import * as path from 'path';
import { Project, ts } from 'ts-morph';
import { UsageError } from '../errors';

/**
 * The one ts-morph Project of a run (--project): the tsconfig's files (JS too where it has
 * `allowJs`) and what they import. Building it is the expensive part of type-aware mode,
 * so it is done once, on the main thread, before the workers start.
 */
export interface LoadedProject {
  project: Project;
  /** absolute, real path of the tsconfig */
  tsconfig: string;
  /** milliseconds spent building the Project and its type checker */
  buildMs: number;
}

export function loadProject(tsconfig: string, cwd: string): LoadedProject {
  const started = performance.now();
  const tsconfigPath = realPath(path.resolve(cwd, tsconfig));
  let project: Project;
  try {
    project = new Project({ tsConfigFilePath: tsconfigPath });
  } catch (error) {
    throw new UsageError(`--project ${tsconfig}: cannot read the tsconfig: ${(error as Error).message}`);
  }
  const configErrors = project
    .getConfigFileParsingDiagnostics()
    .filter((diagnostic) => diagnostic.getCategory() === ts.DiagnosticCategory.Error);
  if (configErrors.length > 0) {
    const text = configErrors.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, ' ')).join('; ');
    throw new UsageError(`--project ${tsconfig}: ${text}`, 'pass a valid tsconfig.json');
  }
  // The type checker is built here too, so that its cost is counted once, up front.
  project.getTypeChecker();
  return { project, tsconfig: tsconfigPath, buildMs: performance.now() - started };
}

/** Discovery reports real paths (symlinks resolved); the Project must use the same ones. */
function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}
