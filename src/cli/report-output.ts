import { promises as fs } from 'fs';
import * as path from 'path';
import { UsageError } from '../errors';
import type { CliIo } from './io';

/** The report goes to `--output FILE` when given, else to stdout. */
export async function writeReport(text: string, output: string | undefined, io: CliIo): Promise<void> {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd, output);
  try {
    await fs.writeFile(target, text, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot write the report to ${output}: ${(error as Error).message}`);
  }
}

/** Checked before any work, so that a typo in --output does not cost a whole run. */
export async function assertOutputWritable(output: string | undefined, cwd: string): Promise<void> {
  if (output === undefined) return;
  const folder = path.dirname(path.resolve(cwd, output));
  const stats = await fs.stat(folder).catch(() => null);
  if (!stats?.isDirectory()) throw new UsageError(`--output ${output}: the folder ${folder} does not exist`);
}
