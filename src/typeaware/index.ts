import type { TypeAwareMode, TypeAwareSettings } from './type-aware-mode';

export type { TypeAwareMode, TypeAwareSettings } from './type-aware-mode';
export type { AnalysisMode, SerializedTypeFacts, TypeAwareHooks } from './types';

/**
 * Starts type-aware mode when --project is given. ts-morph (and the TypeScript compiler in
 * it) is loaded only then, so that runs without --project do not pay for it.
 */
export async function startTypeAwareMode(settings: Omit<TypeAwareSettings, 'tsconfig'> & { tsconfig?: string }): Promise<TypeAwareMode | undefined> {
  if (settings.tsconfig === undefined) return undefined;
  const started = performance.now();
  const { createTypeAwareMode } = await import('./type-aware-mode');
  return createTypeAwareMode({ ...settings, tsconfig: settings.tsconfig, moduleLoadMs: performance.now() - started });
}

/** One line for stderr: what the Project cost, paid once for the whole run. */
export function describeProjectCost(mode: TypeAwareMode): string {
  const files = mode.loaded.project.getSourceFiles().length;
  const total = Math.round(mode.moduleLoadMs + mode.loaded.buildMs);
  return (
    `password-grant-codemod: type-aware mode: loaded ${files} file(s) of ${mode.loaded.tsconfig} in ${total} ms ` +
    `(ts-morph ${Math.round(mode.moduleLoadMs)} ms, Project and type checker ${Math.round(mode.loaded.buildMs)} ms; once for the run)\n`
  );
}
