import { createHash } from 'crypto';
import type { Finding } from './types';

/**
 * Fingerprints identify a finding by what it is, not where it is: the file's report path,
 * the rule and the whitespace-normalised source of the call, plus its occurrence index
 * among identical calls of the file (so two identical calls stay two findings). Lines and
 * columns are left out, so a baseline survives edits above a finding. The source is
 * hashed, so that no credential in the call ends up in a baseline or a SARIF file.
 */

/** A finding before its fingerprint is known. */
export type FindingDraft = Omit<Finding, 'fingerprint'> & {
  /** whitespace-normalised source of the call (or comment) the finding is about */
  normalizedText: string;
};

export function hashFindingIdentity(file: string, rule: string, normalizedText: string): string {
  return createHash('sha256').update(`${file}\u0000${rule}\u0000${normalizedText}`).digest('hex').slice(0, 32);
}

/** Fingerprints for the drafts of one file, in source order; returns findings in the same order. */
export function assignFingerprints(drafts: readonly FindingDraft[]): Finding[] {
  const ordered = [...drafts].sort((a, b) => a.line - b.line || a.column - b.column);
  const seen = new Map<string, number>();
  return ordered.map(({ normalizedText, ...finding }) => {
    const identity = hashFindingIdentity(finding.file, finding.rule, normalizedText);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return { ...finding, fingerprint: `${identity}:${occurrence}` };
  });
}
