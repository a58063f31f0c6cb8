import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './helpers/cli-harness';

/**
 * Rules of the source tree that no compiler checks. The layers: the entry points (the CLI,
 * the ESLint plugin, the package index) drive the runner, which drives everything else
 * (detection, rules, rewrite, scopes, reports...); a lower layer never imports a higher one,
 * so that scope inference, say, cannot start walking the file tree on its own.
 */

const SRC = path.join(REPO_ROOT, 'src');
const ENTRY_POINTS = ['cli', 'eslint-plugin', 'index.ts'];
const RUNNER = 'runner';

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The first segment under src/ of every relative module a file loads (import, export from, import(), require). */
function importedAreas(file: string): { specifier: string; area: string }[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]);
  return specifiers.map((specifier) => {
    const target = path.relative(SRC, path.resolve(path.dirname(file), specifier));
    const first = target.split(path.sep)[0];
    return { specifier, area: first === 'index' ? 'index.ts' : first };
  });
}

const areaOf = (file: string) => path.relative(SRC, file).split(path.sep)[0];

describe('source layout', () => {
  const files = sourceFiles(SRC);

  it('finds the sources and reads their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importedAreas(path.join(SRC, 'runner', 'run-migration.ts')).map((entry) => entry.area)).toContain('scopes');
  });

  it('keeps the runner and the entry points out of the lower layers', () => {
    const violations: string[] = [];
    for (const file of files) {
      const area = areaOf(file);
      if (ENTRY_POINTS.includes(area)) continue;
      const forbidden = area === RUNNER ? ENTRY_POINTS : [...ENTRY_POINTS, RUNNER];
      for (const { specifier, area: imported } of importedAreas(file)) {
        if (imported !== area && forbidden.includes(imported)) violations.push(`${path.relative(REPO_ROOT, file)} imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('asks NodePath#get for a child by key through childPath, not on an untyped path', () => {
    // `path.get('object') as NodePath` on a NodePath<Node> makes tsc compute the child type over
    // every node type: two to five seconds of type-checking per call site (see parse/child-path.ts).
    const slow = /\.get\('\w+'\) as NodePath(?![<[\w])/;
    const offenders = files.filter((file) => slow.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(REPO_ROOT, file));
    expect(offenders).toEqual([]);
  });
});
