import type { ServiceScopeInference } from './infer-service-scopes';

/** The inference behind the changed files, once per service, sorted by service: for the reports. */
export function collectScopeInferences(changed: readonly { scopeInference?: ServiceScopeInference }[]): ServiceScopeInference[] {
  const byService = new Map<string, ServiceScopeInference>();
  for (const entry of changed) {
    if (entry.scopeInference) byService.set(entry.scopeInference.service, entry.scopeInference);
  }
  return [...byService.values()].sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
}

/**
 * Human lines explaining inferred scopes: each scope and the operations that need it, with
 * hints (scopes guessed, not read from the published spec) and unknown operations called out.
 */
export function renderScopeExplanation(inferences: readonly ServiceScopeInference[]): string[] {
  const lines: string[] = [];
  for (const inference of inferences) {
    lines.push(`  service ${inference.service}:`);
    for (const reason of inference.reasons) {
      const hint = reason.hint ? ' (hint: not in the published API description; check it)' : '';
      lines.push(`    ${reason.scope}${hint} ← ${reason.operations.join(', ')}`);
    }
    if (inference.unknownOperations.length > 0) {
      lines.push(`    no scope data for: ${inference.unknownOperations.join(', ')} (add their scopes with --scopes or the configuration)`);
    }
  }
  return lines;
}

const SCOPE_SOURCE_NOTE: Record<string, string> = {
  cli: 'from --scopes',
  config: 'from the configuration',
  override: 'from a configuration override',
  inferred: 'inferred from the SDK APIs used',
};

/** Where a file's scopes came from, in words ("from --scopes", "inferred from the SDK APIs used"), for every report. */
export function describeScopeSource(scopeSource: string): string | undefined {
  return SCOPE_SOURCE_NOTE[scopeSource] ?? describeOverrideSource(scopeSource);
}

/** `override src/reports/**` → "from the configuration override for src/reports/**". */
export function describeOverrideSource(scopeSource: string): string | undefined {
  return scopeSource.startsWith('override ') ? `from the configuration override for ${scopeSource.slice('override '.length)}` : undefined;
}
