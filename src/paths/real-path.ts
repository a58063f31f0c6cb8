import { realpathSync } from 'fs';

/** The real path (links resolved), or the path as given when it cannot be resolved (missing, unreadable). */
export function realPathOrSelf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}
