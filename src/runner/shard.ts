import { createHash } from 'crypto';
import { UsageError } from '../errors';

/** One slice of the files, `index` of `count`, both 1-based as written on the command line. */
export interface Shard {
  index: number;
  count: number;
}

const SHARD_SYNTAX = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

/** Parses `--shard i/n`; anything else is a usage error that says what is expected. */
export function parseShard(text: string): Shard {
  const match = SHARD_SYNTAX.exec(text);
  const hint = 'write it as i/n with 1 <= i <= n, for example --shard 2/4';
  if (!match) throw new UsageError(`--shard "${text}" is not of the form i/n`, hint);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
    throw new UsageError(`--shard ${index}/${count} is out of range`, hint);
  }
  return { index, count };
}

/**
 * Whether a file belongs to a shard. The hash of the report path (relative, `/`) is the same
 * on every machine and in every run, so n jobs of a CI matrix cover each file exactly once.
 */
export function isInShard(reportPath: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const bucket = createHash('sha1').update(reportPath).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
