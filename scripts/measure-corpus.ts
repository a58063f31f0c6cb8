/**
 * Recall and precision of `check` rules on a labelled folder of real code.
 *
 *   npm run build
 *   node dist/scripts/measure-corpus.js FOLDER LABELS.json [--set NAME] [--rule RULE[,RULE...] | --rule any-password-grant]
 *
 * LABELS.json maps each file name of FOLDER either to true (the file holds what the rules are
 * for) / false (a look-alike), or to an entry `{ "label": "grant" | "look-alike", ... }` as in
 * `__testfixtures__/check/real-world-corpus.json`, whose corpora are picked with `--set`.
 * A file counts as found when any of the rules reports anything in it; `any-password-grant`
 * stands for the three rules that report a password grant (SDK, raw HTTP, OAuth library).
 * The corpus itself stays outside the repository: it is public code we only measure on
 * (scripts/fetch-corpus.md says how to lay it out again).
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

/** The rules that report a password grant, whatever sends it. */
export const PASSWORD_GRANT_RULES = ['sdk-password-grant', 'http-password-grant', 'library-password-grant'] as const;

type LabelValue = boolean | { label: string };

/** `true` / `false`, or an entry whose `label` is `grant` (a positive) or anything else (a look-alike). */
export function isPositive(value: LabelValue): boolean {
  return typeof value === 'boolean' ? value : value.label === 'grant';
}

/** The rule ids a `--rule` value names. */
export function parseRules(value: string): string[] {
  return value === 'any-password-grant' ? [...PASSWORD_GRANT_RULES] : value.split(',').map((rule) => rule.trim()).filter(Boolean);
}

export function measureCorpus(folder: string, labels: Record<string, LabelValue>, rules: readonly string[]): Tally {
  const tally: Tally = { truePositive: [], falsePositive: [], falseNegative: [], trueNegative: [], errors: [] };
  const wanted = new Set(rules);
  for (const [file, value] of Object.entries(labels)) {
    let found = false;
    try {
      const source = readFileSync(path.join(folder, file), 'utf8');
      found = checkSource(source, file).some((finding) => wanted.has(finding.rule));
    } catch (error) {
      tally.errors.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
    }
    if (isPositive(value)) (found ? tally.truePositive : tally.falseNegative).push(file);
    else (found ? tally.falsePositive : tally.trueNegative).push(file);
  }
  return tally;
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

function main(argv: string[]): number {
  // positional arguments: everything that is neither a `--flag` nor the value after one
  const [folder, labelsFile] = argv.filter((arg, index) => !arg.startsWith('--') && !argv[index - 1]?.startsWith('--'));
  const ruleOption = option(argv, '--rule') ?? 'http-password-grant';
  const set = option(argv, '--set');
  if (!folder || !labelsFile) {
    console.error('usage: measure-corpus FOLDER LABELS.json [--set NAME] [--rule RULE[,RULE...] | --rule any-password-grant]');
    return 2;
  }
  const parsed = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, unknown>;
  const labels = (set === undefined ? parsed : parsed[set]) as Record<string, LabelValue> | undefined;
  if (!labels || typeof labels !== 'object') {
    console.error(`measure-corpus: no labels${set === undefined ? '' : ` for set "${set}"`} in ${labelsFile}`);
    return 2;
  }
  const rules = parseRules(ruleOption);
  const tally = measureCorpus(folder, labels, rules);
  const tp = tally.truePositive.length;
  const fp = tally.falsePositive.length;
  const fn = tally.falseNegative.length;
  console.log(`${ruleOption}: ${Object.keys(labels).length} files, ${tp + fn} labelled positive`);
  console.log(`TP ${tp}  FP ${fp}  FN ${fn}  TN ${tally.trueNegative.length}`);
  console.log(`recall ${ratio(tp, tp + fn)}  precision ${ratio(tp, tp + fp)}`);
  for (const file of tally.falseNegative) console.log(`  missed:        ${file}`);
  for (const file of tally.falsePositive) console.log(`  wrongly found: ${file}`);
  for (const error of tally.errors) console.log(`  error:         ${error}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
