import ignore, { type Ignore } from 'ignore';
import * as path from 'path';
import { leavesFolder } from '../paths/inside';

/**
 * Every .gitignore met on the way down a folder tree, applied the way git applies them:
 * a file's patterns are relative to its folder; the deepest file with an opinion on a path
 * decides (so a nested `!keep.js` re-includes what a parent ignored); and nothing can be
 * re-included below a folder that is itself ignored, because git never looks inside it.
 */
export class GitignoreRules {
  private readonly rulesByFolder = new Map<string, Ignore>();
  private readonly folderDecisions = new Map<string, boolean>();

  /** Adds the patterns of the .gitignore in `folder` (an absolute path). */
  addIgnoreFile(folder: string, content: string): void {
    const rules = this.rulesByFolder.get(folder) ?? ignore();
    rules.add(content);
    this.rulesByFolder.set(folder, rules);
    this.folderDecisions.clear();
  }

  /**
   * Is `absolutePath` ignored? Only the folders below `top` (the folder being walked) are
   * checked as parents: the user named `top` explicitly, so its own status does not count.
   */
  isIgnored(absolutePath: string, isFolder: boolean, top: string): boolean {
    // No .gitignore met: nothing is ignored, and the path arithmetic below is skipped
    // (measured: it was a fifth of discovery's time on a tree of thousands of files).
    if (this.rulesByFolder.size === 0) return false;
    const relative = path.relative(top, absolutePath);
    if (relative === '' || leavesFolder(relative)) return false;
    const segments = relative.split(path.sep);
    let folder = top;
    for (const segment of segments.slice(0, -1)) {
      folder = path.join(folder, segment);
      if (this.isFolderIgnored(folder)) return true;
    }
    return this.decide(absolutePath, isFolder);
  }

  private isFolderIgnored(folder: string): boolean {
    let decision = this.folderDecisions.get(folder);
    if (decision === undefined) {
      decision = this.decide(folder, true);
      this.folderDecisions.set(folder, decision);
    }
    return decision;
  }

  /** The deepest .gitignore above `target` that matches it decides, `!` rules included. */
  private decide(target: string, isFolder: boolean): boolean {
    let folder = path.dirname(target);
    for (;;) {
      const rules = this.rulesByFolder.get(folder);
      if (rules) {
        const relative = path.relative(folder, target).split(path.sep).join('/') + (isFolder ? '/' : '');
        const verdict = rules.test(relative);
        if (verdict.ignored) return true;
        if (verdict.unignored) return false;
      }
      const parent = path.dirname(folder);
      if (parent === folder) return false;
      folder = parent;
    }
  }
}
