/**
 * Recall and precision of one `check` rule on a labelled folder of real code.
 *
 *   npm run build
 *   node dist/scripts/measure-corpus.js FOLDER LABELS.json [--rule http-password-grant]
 *
 * LABELS.json maps each file name of FOLDER to true (the file holds what the rule is for)
 * or false (a look-alike). A file counts as found when the rule reports anything in it.
 * The corpus itself stays outside the repository: it is public code we only measure on.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { checkSource } from '../src/check/check-source';

interface Tally {
  truePositive: string[];
  falsePositive: string[];
  falseNegative: string[];
  trueNegative: string[];
  errors: string[];
}

export function measureCorpus(folder: string, labels: Record<string, boolean>, rule: string): Tally {
  const tally: Tally = { truePositive: [], falsePositive: [], falseNegative: [], trueNegative: [], errors: [] };
  for (const [file, expected] of Object.entries(labels)) {
    let found = false;
    try {
      const source = readFileSync(path.join(folder, file), 'utf8');
      found = checkSource(source, file).some((finding) => finding.rule === rule);
    } catch (error) {
      tally.errors.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
    }
    if (expected) (found ? tally.truePositive : tally.falseNegative).push(file);
    else (found ? tally.falsePositive : tally.trueNegative).push(file);
  }
  return tally;
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

function main(argv: string[]): number {
  const [folder, labelsFile] = argv.filter((arg) => !arg.startsWith('--'));
  const ruleIndex = argv.indexOf('--rule');
  const rule = ruleIndex >= 0 ? argv[ruleIndex + 1] : 'http-password-grant';
  if (!folder || !labelsFile) {
    console.error('usage: measure-corpus FOLDER LABELS.json [--rule RULE]');
    return 2;
  }
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, boolean>;
  const tally = measureCorpus(folder, labels, rule);
  const tp = tally.truePositive.length;
  const fp = tally.falsePositive.length;
  const fn = tally.falseNegative.length;
  console.log(`${rule}: ${Object.keys(labels).length} files, ${tp + fn} labelled positive`);
  console.log(`TP ${tp}  FP ${fp}  FN ${fn}  TN ${tally.trueNegative.length}`);
  console.log(`recall ${ratio(tp, tp + fn)}  precision ${ratio(tp, tp + fp)}`);
  for (const file of tally.falseNegative) console.log(`  missed:        ${file}`);
  for (const file of tally.falsePositive) console.log(`  wrongly found: ${file}`);
  for (const error of tally.errors) console.log(`  error:         ${error}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
