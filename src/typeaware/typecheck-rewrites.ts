import * as path from 'path';
import { ts, type Project, type SourceFile } from 'ts-morph';
import type { PendingRewrite } from './types';

/**
 * --typecheck: a rewrite is checked in memory against the project before it is written.
 * Its text replaces the file's in the Project, the diagnostics of the file (and of the
 * files that import it, whose use of its exports may break) are taken, and the file is put
 * back. Diagnostics are compared as a multiset of (file, code, message), since positions
 * move with the rewrite; whatever is new is what the rewrite introduced.
 *
 * Every text change costs a new type checker, so the rewrites are first checked all
 * together (two checkers for the whole run); only the files that this pass suspects, usually
 * none, are then checked one by one to say which rewrite is at fault.
 */

interface Collected {
  key: string;
  text: string;
}

function formatDiagnostic(diagnostic: ts.Diagnostic, cwd: string): Collected {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  const file = diagnostic.file;
  const name = file ? path.relative(cwd, file.fileName).split(path.sep).join('/') : '';
  const at =
    file && diagnostic.start !== undefined
      ? (() => {
          const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start);
          return `${name}(${line + 1},${character + 1}): `;
        })()
      : name
        ? `${name}: `
        : '';
  return { key: `${name}|${diagnostic.code}|${message}`, text: `${at}error TS${diagnostic.code}: ${message}` };
}

/** The file and the files that import it: where a rewrite can add errors. */
function affectedFiles(file: SourceFile): SourceFile[] {
  return [file, ...file.getReferencingSourceFiles()];
}

/** Error diagnostics of the files, by file path. Only these files are checked, not the program. */
function collectErrors(project: Project, files: Iterable<SourceFile>, cwd: string): Map<string, Collected[]> {
  const program = project.getProgram().compilerObject;
  const collected = new Map<string, Collected[]>();
  for (const file of files) {
    const compilerFile = program.getSourceFile(file.getFilePath());
    if (!compilerFile) continue;
    const diagnostics = [...program.getSyntacticDiagnostics(compilerFile), ...program.getSemanticDiagnostics(compilerFile)];
    collected.set(
      file.getFilePath(),
      diagnostics.filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error).map((diagnostic) => formatDiagnostic(diagnostic, cwd)),
    );
  }
  return collected;
}

function flatten(byFile: Map<string, Collected[]>): Collected[] {
  return [...byFile.values()].flat();
}

function subtractMultiset(after: readonly Collected[], before: readonly Collected[]): string[] {
  const remaining = new Map<string, number>();
  for (const entry of before) remaining.set(entry.key, (remaining.get(entry.key) ?? 0) + 1);
  const added: string[] = [];
  for (const entry of after) {
    const count = remaining.get(entry.key) ?? 0;
    if (count > 0) remaining.set(entry.key, count - 1);
    else added.push(entry.text);
  }
  return added;
}

interface CheckedRewrite {
  rewrite: PendingRewrite;
  file: SourceFile;
  affected: SourceFile[];
}

/** Applies the rewrites' texts, runs `check`, and puts every file back, whatever happens. */
function withRewritesApplied<T>(rewrites: readonly CheckedRewrite[], check: () => T): T {
  const originals = rewrites.map(({ file }) => file.getFullText());
  try {
    for (const { file, rewrite } of rewrites) file.replaceWithText(rewrite.after);
    return check();
  } finally {
    rewrites.forEach(({ file }, index) => file.replaceWithText(originals[index]));
  }
}

/** The new errors of one rewrite applied alone. */
function checkAlone(project: Project, checked: CheckedRewrite, cwd: string): string[] {
  const before = flatten(collectErrors(project, checked.affected, cwd));
  const after = withRewritesApplied([checked], () => flatten(collectErrors(project, checked.affected, cwd)));
  return subtractMultiset(after, before);
}

/**
 * The rewrites that may add errors: all applied at once, a new error in a rewritten file
 * points at that file, one in a file that imports rewritten files points at all of those.
 */
function findSuspects(project: Project, rewrites: readonly CheckedRewrite[], cwd: string): CheckedRewrite[] {
  const affected = new Set(rewrites.flatMap((checked) => checked.affected));
  const before = collectErrors(project, affected, cwd);
  const after = withRewritesApplied(rewrites, () => collectErrors(project, affected, cwd));
  const suspects = new Set<CheckedRewrite>();
  for (const [filePath, errors] of after) {
    if (subtractMultiset(errors, before.get(filePath) ?? []).length === 0) continue;
    for (const checked of rewrites) {
      if (checked.affected.some((file) => file.getFilePath() === filePath)) suspects.add(checked);
    }
  }
  return rewrites.filter((checked) => suspects.has(checked));
}

/**
 * New error diagnostics each rewrite introduces, by report path. Rewrites of files outside
 * the project cannot be checked and are not listed; the Project is left as it was found.
 */
export function typecheckRewrites(project: Project, rewrites: readonly PendingRewrite[], cwd: string): Map<string, string[]> {
  const inProject: CheckedRewrite[] = [];
  for (const rewrite of rewrites) {
    const file = project.getSourceFile(rewrite.realPath);
    if (file) inProject.push({ rewrite, file, affected: affectedFiles(file) });
  }
  const refused = new Map<string, string[]>();
  if (inProject.length === 0) return refused;
  for (const suspect of findSuspects(project, inProject, cwd)) {
    const added = checkAlone(project, suspect, cwd);
    if (added.length > 0) refused.set(suspect.rewrite.file, added);
  }
  return refused;
}
