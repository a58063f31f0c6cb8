import traverse, { type NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getMemberPropertyName, isMemberLike } from '../../detect/ast-utils';
import type { LibraryFile } from './library';
import { getLoadedModule } from './trace-module-value';

/** Test runners whose `<runner>.mock('m', ...)` replaces a module with a double. */
const MOCKING_RUNNERS = new Set(['jest', 'vi', 'td']);

/** One walk of a parsed file: what every library family looks at. */
export function collectLibraryFile(ast: t.File, text: string): LibraryFile {
  const calls: NodePath<t.CallExpression | t.OptionalCallExpression>[] = [];
  const constructions: NodePath<t.NewExpression>[] = [];
  const classes: NodePath<t.Class>[] = [];
  const reexports: NodePath<t.ExportNamedDeclaration | t.ExportAllDeclaration>[] = [];
  const loadedModules = new Set<string>();
  const mockedModules = new Set<string>();

  const visitCall = (path: NodePath<t.CallExpression | t.OptionalCallExpression>) => {
    calls.push(path);
    const loaded = getLoadedModule(path);
    if (loaded !== null) loadedModules.add(loaded);
    const mocked = getMockedModule(path.node);
    if (mocked !== null) mockedModules.add(mocked);
  };
  traverse(ast, {
    ImportDeclaration(path) {
      // `import type { X } from 'm'` loads nothing, but still says which class a value is.
      loadedModules.add(path.node.source.value);
    },
    TSImportEqualsDeclaration(path) {
      const reference = path.node.moduleReference;
      if (reference.type === 'TSExternalModuleReference') loadedModules.add(reference.expression.value);
    },
    ExportNamedDeclaration(path) {
      if (path.node.source) {
        loadedModules.add(path.node.source.value);
        reexports.push(path);
      }
    },
    ExportAllDeclaration(path) {
      loadedModules.add(path.node.source.value);
      reexports.push(path);
    },
    CallExpression: visitCall,
    OptionalCallExpression: visitCall,
    NewExpression(path) {
      constructions.push(path);
    },
    Class(path) {
      classes.push(path);
    },
  });
  return { text, calls, constructions, classes, reexports, loadedModules, mockedModules };
}

/** `jest.mock('m')`, `vi.mock('m', factory)` → 'm'. */
function getMockedModule(node: t.CallExpression | t.OptionalCallExpression): string | null {
  const callee = node.callee;
  if (!isMemberLike(callee) || getMemberPropertyName(callee) !== 'mock') return null;
  if (callee.object.type !== 'Identifier' || !MOCKING_RUNNERS.has(callee.object.name)) return null;
  const first = node.arguments[0];
  return first?.type === 'StringLiteral' ? first.value : null;
}
