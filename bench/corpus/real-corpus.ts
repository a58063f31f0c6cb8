import fg from 'fast-glob';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The real corpus: every .js/.ts/.mjs/.cjs file of the project's installed node_modules,
 * copied into a plain folder. Thousands of files nobody here wrote, in every style and
 * module system. `node_modules` segments are renamed to `nm`, because every tool skips
 * folders of that name; dot folders (.bin links, .cache) are left out.
 */

export interface RealCorpus {
  files: number;
  bytes: number;
  /** how many files node_modules holds; `files` is fewer when sampled */
  available: number;
}

export const REAL_CORPUS_EXTENSIONS = ['js', 'ts', 'mjs', 'cjs'] as const;

export function listRealCorpusSources(nodeModulesDir: string): string[] {
  const sources = fg.sync(`**/*.{${REAL_CORPUS_EXTENSIONS.join(',')}}`, {
    cwd: nodeModulesDir,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
  });
  // Path order, not the file system's: the same corpus on every machine with the same lockfile.
  return sources.sort();
}

/**
 * `limit` files spread evenly over the sorted list (the i-th of `limit` is at i * n / limit):
 * the same sample for the same node_modules, and every package still represented.
 */
export function sampleEvenly<T>(items: readonly T[], limit: number): T[] {
  if (limit >= items.length) return [...items];
  return Array.from({ length: limit }, (_, index) => items[Math.floor((index * items.length) / limit)]);
}

/** Copies the sources (all, or an even sample of `limit`) into `root`. */
export function writeRealCorpus(root: string, nodeModulesDir: string, limit = Infinity): RealCorpus {
  let bytes = 0;
  const available = listRealCorpusSources(nodeModulesDir);
  const sources = sampleEvenly(available, limit);
  const madeFolders = new Set<string>();
  for (const relative of sources) {
    const target = path.join(root, ...relative.split('/').map((segment) => (segment === 'node_modules' ? 'nm' : segment)));
    const folder = path.dirname(target);
    if (!madeFolders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      madeFolders.add(folder);
    }
    fs.copyFileSync(path.join(nodeModulesDir, relative), target);
    bytes += fs.statSync(target).size;
  }
  return { files: sources.length, bytes, available: available.length };
}
