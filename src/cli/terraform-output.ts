import { promises as fs } from 'fs';
import * as path from 'path';
import { UsageError } from '../errors';
import { writeFileAtomic } from '../io/write-atomic';

/**
 * Where `migrate --terraform FILE` may write: an existing folder, not inside a `.git` folder,
 * and not through a symbolic link (renaming over a link would replace it, writing through it
 * could land anywhere). Returns the absolute path. Checked before the run, so that a bad path
 * costs no work, and again just before writing.
 */
export async function resolveTerraformPath(file: string, cwd: string): Promise<string> {
  const target = path.resolve(cwd, file);
  const folder = path.dirname(target);
  const folderStats = await fs.stat(folder).catch(() => null);
  if (!folderStats?.isDirectory()) throw new UsageError(`--terraform ${file}: the folder ${folder} does not exist`);
  const realFolder = await fs.realpath(folder);
  if (realFolder.split(path.sep).includes('.git') || path.basename(target) === '.git') {
    throw new UsageError(`--terraform ${file}: refusing to write inside a .git folder`, 'name a file in the work tree, e.g. --terraform oauth-clients.tf');
  }
  const existing = await fs.lstat(target).catch(() => null);
  if (existing?.isSymbolicLink()) {
    throw new UsageError(`--terraform ${file}: is a symbolic link; refusing to write through it`, 'name the file itself, not a link to it');
  }
  if (existing && !existing.isFile()) throw new UsageError(`--terraform ${file}: is not a regular file`);
  return path.join(realFolder, path.basename(target));
}

/** Writes the Terraform file whole or not at all (temp file + rename). */
export async function writeTerraformFile(file: string, text: string, cwd: string): Promise<void> {
  const target = await resolveTerraformPath(file, cwd);
  try {
    await writeFileAtomic(target, text);
  } catch (error) {
    throw new UsageError(`cannot write the Terraform file ${file}: ${(error as Error).message}`);
  }
}
