/** File extensions the codemod reads: every flavour of JavaScript and TypeScript. */
export const SOURCE_EXTENSIONS: readonly string[] = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];

const SOURCE_FILE = new RegExp(`\\.(?:${SOURCE_EXTENSIONS.join('|')})$`, 'i');

export function hasSourceExtension(fileName: string): boolean {
  return SOURCE_FILE.test(fileName);
}

/** Folders never searched, whatever the ignore files say: dependencies and git's own data. */
export const NEVER_SEARCHED_FOLDERS: readonly string[] = ['node_modules', '.git'];

/** True when a `/`-separated relative path goes through node_modules or .git. */
export function isInNeverSearchedFolder(relativePath: string): boolean {
  return relativePath.split('/').some((segment) => NEVER_SEARCHED_FOLDERS.includes(segment));
}
