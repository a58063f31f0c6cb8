import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

/**
 * The tool's own package.json, found by walking up from this file: the compiled CLI lives
 * in dist/src/cli and the sources in src/cli, so no fixed relative path fits both.
 */
export function readOwnPackageVersion(): string {
  let folder = __dirname;
  for (;;) {
    const candidate = path.join(folder, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'password-grant-codemod' && pkg.version) return pkg.version;
    }
    const parent = path.dirname(folder);
    if (parent === folder) return '0.0.0';
    folder = parent;
  }
}
