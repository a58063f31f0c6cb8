import type { z } from 'zod';
import { escapeTerminalText } from '../report/escape/terminal';
import { OVERRIDE_KEYS, TOP_LEVEL_KEYS } from './schema';

/**
 * Turns the schema's complaints into lines a person can act on: the key path as it would be
 * written in JavaScript (`overrides[1].scopes[0]`) and what was expected there.
 */
export function formatConfigIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const where = formatKeyPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = isInsideOverride(issue.path) ? OVERRIDE_KEYS : TOP_LEVEL_KEYS;
      return issue.keys.map((key) => {
        const suggestion = suggestKey(key, known);
        return (
          `${joinKeyPath(where, key)}: unknown key${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; ` +
          `expected one of: ${known.join(', ')}`
        );
      });
    }
    return [`${where || '(the whole file)'}: ${issue.message}`];
  });
}

export function formatKeyPath(keyPath: readonly PropertyKey[]): string {
  return keyPath.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : joinKeyPath(text, String(key))),
    '',
  );
}

/** A key from the file is repository text: shown with its control characters escaped and no `::`. */
function joinKeyPath(base: string, key: string): string {
  const shown = escapeTerminalText(key);
  return base === '' ? shown : `${base}.${shown}`;
}

function isInsideOverride(keyPath: readonly PropertyKey[]): boolean {
  return keyPath[0] === 'overrides' && keyPath.length === 2;
}

/** The known key closest to a misspelt one (`scope` → `scopes`), when it is close. */
function suggestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
