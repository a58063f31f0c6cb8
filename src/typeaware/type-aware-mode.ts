import type { SourceFile } from 'ts-morph';
import { DEFAULT_SDK_MODULES, TOKEN_METHOD } from '../detect/types';
import { computeFileFacts } from './file-facts';
import { loadProject, type LoadedProject } from './load-project';
import { SdkDeclarations } from './sdk-declarations';
import { typecheckRewrites } from './typecheck-rewrites';
import type { AnalysisMode, SerializedTypeFacts, TypeAwareHooks } from './types';
import { mentions } from '../text/mentions';

export interface TypeAwareSettings {
  /** --project: the tsconfig, relative to the cwd */
  tsconfig: string;
  cwd: string;
  /** --typecheck: check each rewrite against the project before it is written */
  typecheck: boolean;
  /** milliseconds it took to load ts-morph itself, when the caller measured it */
  moduleLoadMs?: number;
}

export interface TypeAwareMode extends TypeAwareHooks {
  /** what loading cost, for the benchmark and the curious */
  readonly loaded: LoadedProject;
  /** milliseconds spent loading ts-morph (0 when not measured) */
  readonly moduleLoadMs: number;
}

/** A file of the project that the detector reads: not a declaration file, not a dependency's. */
function isAnalysedFile(file: SourceFile | undefined): file is SourceFile {
  return file !== undefined && !file.isDeclarationFile() && !file.isInNodeModules();
}

/**
 * Type-aware mode for one run: the Project is built once, here on the main thread; each
 * file's facts are computed only when that file is in the project and names the SDK's token
 * method (the facts are about its calls), and travel to the worker as plain data on its task.
 */
export function createTypeAwareMode(settings: TypeAwareSettings): TypeAwareMode {
  const loaded = loadProject(settings.tsconfig, settings.cwd);
  const { project } = loaded;
  const checker = project.getTypeChecker().compilerObject;
  const sdkByModules = new Map<string, SdkDeclarations>();
  const sdkFor = (extra: readonly string[] = []): SdkDeclarations => {
    const modules = [...DEFAULT_SDK_MODULES, ...extra];
    const key = modules.join('\n');
    let sdk = sdkByModules.get(key);
    if (!sdk) sdkByModules.set(key, (sdk = new SdkDeclarations(modules)));
    return sdk;
  };

  const factsOf = (realPath: string, sdkModules?: readonly string[]): SerializedTypeFacts | undefined => {
    const file = project.getSourceFile(realPath);
    // Facts are about SDK token calls only: a file that never names the method has none.
    if (!isAnalysedFile(file) || !mentions(file.getFullText(), TOKEN_METHOD)) return undefined;
    return computeFileFacts(file.compilerNode, checker, sdkFor(sdkModules));
  };

  return {
    loaded,
    moduleLoadMs: settings.moduleLoadMs ?? 0,
    modeOf(realPath: string): AnalysisMode {
      return isAnalysedFile(project.getSourceFile(realPath)) ? 'project' : 'file';
    },
    prepareTask(task) {
      const typeFacts = factsOf(task.realPath, task.options.sdkModules);
      return typeFacts ? { ...task, typeFacts } : task;
    },
    reviewRewrites: settings.typecheck ? (rewrites) => typecheckRewrites(project, rewrites, settings.cwd) : undefined,
  };
}
