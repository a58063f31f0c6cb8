import * as path from 'path';
import { UsageError } from '../errors';
import { listUncommittedChanges } from '../io/git';

const LISTED_PATHS = 5;

/**
 * Refuses to write into a git work tree that has uncommitted changes: the user's review of
 * the migration is `git diff`, and a revert must not take their own work with it.
 */
export async function assertNoUncommittedChanges(workTrees: readonly string[], cwd: string): Promise<void> {
  for (const workTree of workTrees) {
    const where = path.relative(cwd, workTree) || '.';
    let changes: string[];
    try {
      changes = await listUncommittedChanges(workTree);
    } catch (error) {
      // Not knowing is treated like a dirty tree: writing is what cannot be taken back.
      throw new UsageError(
        `cannot tell whether the git work tree ${where} has uncommitted changes (${(error as Error).message.trim()}); nothing was written`,
        'pass --force to write anyway, or --dry-run to preview',
      );
    }
    if (changes.length === 0) continue;
    const listed = changes.slice(0, LISTED_PATHS).join(', ');
    const more = changes.length > LISTED_PATHS ? ` and ${changes.length - LISTED_PATHS} more` : '';
    throw new UsageError(
      `the git work tree ${where} has uncommitted changes (${listed}${more}); nothing was written`,
      'commit or stash them first so that the migration can be reviewed and reverted on its own, or pass --force to write anyway (or --dry-run to preview)',
    );
  }
}
