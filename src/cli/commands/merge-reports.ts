import { promises as fs } from 'fs';
import * as path from 'path';
import type { Argv } from 'yargs';
import { ExitCode, UsageError } from '../../errors';
import { stringifyReportJson } from '../../report/escape';
import type { ReportInput } from '../../report/merge-reports';
import type { CliIo } from '../io';
import { assertOutputWritable, writeReport } from '../report-output';

export interface MergeReportsArgs {
  reports?: string[];
  output?: string;
}

export function buildMergeReportsOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs
    .positional('reports', { type: 'string', array: true, describe: 'JSON reports of `check` or of `migrate` (not both)' })
    .options({
      output: { type: 'string', requiresArg: true, describe: 'write the merged report to FILE instead of stdout' },
    })
    .example('$0 merge-reports shard-1.json shard-2.json --output check.json', 'one report for a whole CI matrix') as Argv<T>;
}

async function readReport(name: string, cwd: string): Promise<ReportInput> {
  try {
    return { name, text: await fs.readFile(path.resolve(cwd, name), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new UsageError(`cannot read report ${name}: ${reason}`);
  }
}

/**
 * `merge-reports`: one JSON report from the reports of the jobs of a CI matrix. Exit 0 once
 * merged (the jobs themselves already exited 1 on findings); 2 for a missing, invalid or
 * mismatched report, naming it.
 */
export async function runMergeReportsCommand(args: MergeReportsArgs, io: CliIo): Promise<number> {
  const names = args.reports ?? [];
  if (names.length === 0) throw new UsageError('name the JSON reports to merge', 'password-grant-codemod merge-reports a.json b.json');
  await assertOutputWritable(args.output, io.cwd, { paths: [], files: names });
  const inputs = await Promise.all(names.map((name) => readReport(name, io.cwd)));
  // Loaded here rather than at the top: its schemas (zod) would slow every other command's start.
  const { mergeReports } = await import('../../report/merge-reports');
  const merged = mergeReports(inputs);
  await writeReport(`${stringifyReportJson(merged.report)}\n`, args.output, io);
  return ExitCode.ok;
}
