import type { FileOutcome } from './tasks';
import { compareReportPaths } from '../paths/report-path';

/**
 * The single consumer of worker results. Outcomes arrive in whatever order the threads
 * finish; `sorted()` hands them back by path, so reports never depend on timing.
 */
export class OutcomeCollector<T> {
  private readonly outcomes: FileOutcome<T>[] = [];

  constructor(private readonly onProgress?: (done: number) => void) {}

  add(outcomes: readonly FileOutcome<T>[]): void {
    this.outcomes.push(...outcomes);
    this.onProgress?.(this.outcomes.length);
  }

  sorted(): FileOutcome<T>[] {
    return [...this.outcomes].sort((a, b) => compareReportPaths(a.file, b.file));
  }
}

export interface ScanCounts {
  filesScanned: number;
  filesParsed: number;
}

/**
 * How many files were read and tested by the prefilter, and how many reached the parser. A
 * file of another extension counts only once it has parsed as JavaScript.
 */
export function countScanned(outcomes: readonly FileOutcome<unknown>[]): ScanCounts {
  let filesScanned = 0;
  let filesParsed = 0;
  for (const outcome of outcomes) {
    if (outcome.status === 'skipped' || outcome.status === 'not-javascript') continue;
    if (outcome.status === 'done' || outcome.scanned) filesScanned++;
    if (outcome.parsed) filesParsed++;
  }
  return { filesScanned, filesParsed };
}
