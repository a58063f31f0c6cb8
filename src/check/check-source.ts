// STUB — to be implemented for the check issue. Signature is final.
import type { DetectOptions } from '../detect/types';
import type { Finding } from './types';

/**
 * All findings of one file: SDK password grants and unverified token requests (from the
 * shared detector), raw HTTP password grants, and suppression comments without a reason.
 * Suppressed findings are already dropped. `file` is the report path (relative, `/`).
 * Throws ParseError when the file cannot be parsed.
 */
export function checkSource(source: string, file: string, options: DetectOptions = {}): Finding[] {
  void source;
  void file;
  void options;
  return [];
}
