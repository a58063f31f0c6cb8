import { promises as fs } from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { assertReadableSettingsFile, isLinkOutside } from '../config/inside-tree';
import { parseJsonText } from '../config/parse-json-text';
import { UsageError } from '../errors';
import { findGitWorkTree } from '../io/git';
import { compareReportPaths } from '../paths/report-path';
import { writeFileAtomic } from '../io/write-atomic';
import { RULE_IDS } from './rules/index';
import type { Finding, RuleId } from './types';

/**
 * The baseline: findings a team has accepted for now, recorded by fingerprint so that
 * `check --baseline` fails only on new ones. The file is sorted and holds no line numbers
 * and no source text, so it changes only when findings do, and never holds a credential.
 */

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  file: string;
  rule: RuleId;
  fingerprint: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

const BaselineSchema = z.object({
  version: z.literal(BASELINE_VERSION),
  findings: z.array(
    z.object({
      file: z.string(),
      rule: z.enum(RULE_IDS as [RuleId, ...RuleId[]]),
      fingerprint: z.string().min(1),
    }),
  ),
});

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compareReportPaths(a.file, b.file) || compareReportPaths(a.rule, b.rule) || compareReportPaths(a.fingerprint, b.fingerprint);
}

export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings.map(({ file, rule, fingerprint }) => ({ file, rule, fingerprint }));
  return { version: BASELINE_VERSION, findings: entries.sort(compareEntries) };
}

export function serializeBaseline(baseline: Baseline): string {
  const ordered = { version: baseline.version, findings: [...baseline.findings].sort(compareEntries) };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Reads a baseline's text; anything but a baseline is a usage error naming the file. */
export function parseBaseline(text: string, fileLabel: string): Baseline {
  const hint = `create it with 'password-grant-codemod check --update-baseline ${fileLabel}'`;
  let data: unknown;
  try {
    // No error quotes the text: the file comes from the repository, and may not be a baseline.
    data = parseJsonText(text);
  } catch (error) {
    throw new UsageError(`--baseline ${fileLabel}: ${(error as Error).message}`, hint);
  }
  const parsed = BaselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new UsageError(`--baseline ${fileLabel}: not a password-grant-codemod baseline${where}: ${issue?.message ?? 'invalid'}`, hint);
  }
  return parsed.data as Baseline;
}

export async function readBaselineFile(fileLabel: string, cwd: string): Promise<Baseline> {
  let text: string;
  const workTree = await findGitWorkTree(cwd);
  // A baseline committed as a link to a file of the CI machine is refused before it is read.
  // So is one that is not a regular file (a FIFO or device would block or never end) or is huge.
  assertReadableSettingsFile(path.resolve(cwd, fileLabel), workTree ? [cwd, workTree] : [cwd], `--baseline ${fileLabel}`);
  try {
    text = await fs.readFile(path.resolve(cwd, fileLabel), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new UsageError(`--baseline ${fileLabel}: ${reason}`, `create it with 'password-grant-codemod check --update-baseline ${fileLabel}'`);
  }
  return parseBaseline(text, fileLabel);
}

export async function writeBaselineFile(baseline: Baseline, fileLabel: string, cwd: string): Promise<void> {
  try {
    await writeFileAtomic(path.resolve(cwd, fileLabel), serializeBaseline(baseline), { replaceLink: true });
  } catch (error) {
    throw new UsageError(`--update-baseline ${fileLabel}: cannot write the baseline: ${(error as Error).message}`);
  }
}

/** Checked before the scan, so that a typo does not cost a whole run. */
export async function assertBaselineWritable(fileLabel: string, cwd: string): Promise<void> {
  const folder = path.dirname(path.resolve(cwd, fileLabel));
  const stats = await fs.stat(folder).catch(() => null);
  if (!stats?.isDirectory()) throw new UsageError(`--update-baseline ${fileLabel}: the folder ${folder} does not exist`);
  const target = path.resolve(cwd, fileLabel);
  if (isLinkOutside(target, [cwd])) throw new UsageError(`--update-baseline ${fileLabel}: is a symbolic link outside the working folder; nothing was written`, 'name the file itself');
  const reached = await fs.stat(target).catch(() => null);
  if (reached && !reached.isFile()) throw new UsageError(`--update-baseline ${fileLabel}: is not a regular file; nothing was written`, 'name a regular file');
}

export interface BaselineMatch {
  /** findings not in the baseline: these still count */
  remaining: Finding[];
  /** how many findings the baseline accounted for */
  matched: number;
  /** baseline entries no finding matched any more (fixed, or the code changed) */
  stale: number;
}

/** Drops the findings the baseline records. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineMatch {
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint));
  const remaining = findings.filter((finding) => !known.has(finding.fingerprint));
  const seen = new Set(findings.map((finding) => finding.fingerprint));
  const stale = [...known].filter((fingerprint) => !seen.has(fingerprint)).length;
  return { remaining, matched: findings.length - remaining.length, stale };
}
