import type { PendingServiceFindings, ServiceJudgementOptions } from './rule';
import type { Finding } from './types';

/** One scanned file's part of the rules judged per service, with the service it belongs to. */
export interface PendingFile {
  /** report path */
  file: string;
  /** the service folder (nearest package.json), any stable key */
  service: string;
  pending: readonly PendingServiceFindings[];
}

/**
 * The step after the scan for rules one file cannot decide (see `CheckRule.service`): the
 * files' candidates and facts are grouped by rule and by service, and each rule's judgement
 * says which candidates are findings. Pure: the runner gathers the files and their services.
 */
export function judgeServiceFindings(files: readonly PendingFile[], options: ServiceJudgementOptions): Finding[] {
  // Nothing pending (no file passed the prefilter): the rules, and Babel with them, are never
  // loaded on the main thread.
  if (files.length === 0) return [];
  const { CHECK_RULES } = require('./rules/index') as typeof import('./rules/index');
  const findings: Finding[] = [];
  for (const rule of CHECK_RULES) {
    if (!rule.service) continue;
    const byService = new Map<string, Pick<PendingServiceFindings, 'candidates' | 'facts'>[]>();
    for (const file of files) {
      for (const entry of file.pending) {
        if (entry.rule !== rule.meta.id) continue;
        const members = byService.get(file.service) ?? [];
        members.push(entry);
        byService.set(file.service, members);
      }
    }
    for (const members of byService.values()) findings.push(...rule.service.judge(members, options));
  }
  return findings;
}
