/**
 * jscodeshift transform: OAuth password grant → client credentials (Genesys Cloud SDK).
 *
 *   npx jscodeshift -t transforms/password-grant-to-client-credentials.ts \
 *     --scopes=analytics:readonly,users:readonly src/
 *
 * Options (all optional): --scopes (comma list), --clientIdEnv, --clientSecretEnv,
 * --basePath, --sdkModules (comma list), --target, --region, --newrelic,
 * --format=false (leave the rewritten statements unformatted), --trustProjectConfig.
 *
 * The rewritten statements are formatted as `migrate` formats them: with the repository's
 * own Prettier (looked up from the file, only inside the current folder), else to the
 * `.editorconfig` line length, else to 80 columns.
 *
 * The file is parsed with @babel/parser using the flavour its extension needs (`ts` for
 * .ts/.mts/.cts, `tsx` otherwise), whatever --parser says, and edited as text rather than
 * reprinted by recast, so every byte outside the rewritten statements stays as it was.
 */
import * as path from 'path';
import type { API, FileInfo, Options } from 'jscodeshift';
import { formatRewrite } from '../src/format/format-rewrite';
import type { FormatSettings } from '../src/format/types';
import { transformSource } from '../src/rewrite/transform-source';
import type { RewriteOptions, Target, TransformResult } from '../src/rewrite/types';

export { transformSource };
export type { RewriteOptions, TransformResult };

function toList(value: unknown): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
  const cleaned = items.map((item) => item.trim()).filter((item) => item.length > 0);
  return cleaned.length > 0 ? cleaned : undefined;
}

function toBoolean(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  return value === true || value === 'true' || value === '1';
}

/** jscodeshift passes CLI flags through as strings; turn them into RewriteOptions. */
export function toRewriteOptions(options: Options): RewriteOptions {
  const stringOption = (name: string): string | undefined =>
    typeof options[name] === 'string' && options[name] !== '' ? (options[name] as string) : undefined;
  return {
    scopes: toList(options.scopes),
    clientIdEnv: stringOption('clientIdEnv'),
    clientSecretEnv: stringOption('clientSecretEnv'),
    basePath: stringOption('basePath'),
    sdkModules: toList(options.sdkModules),
    target: stringOption('target') as Target | undefined,
    region: stringOption('region'),
    newrelic: toBoolean(options.newrelic),
    newrelicSegmentName: stringOption('newrelicSegmentName'),
  };
}

/** How the transform formats: on unless --format=false; the root is the folder jscodeshift runs in. */
export function toFormatSettings(options: Options): FormatSettings {
  return {
    enabled: toBoolean(options.format) !== false,
    root: process.cwd(),
    trustProjectConfig: toBoolean(options.trustProjectConfig) === true,
  };
}

// Async (jscodeshift 17 awaits a transform's promise): the repository's Prettier is async.
export default async function transformer(file: FileInfo, api: API, options: Options): Promise<string> {
  const result = transformSource(file.source, file.path, toRewriteOptions(options));
  // `report` exists when jscodeshift's runner calls us; test harnesses may omit it.
  const report = typeof api.report === 'function' ? api.report : () => undefined;
  for (const site of result.manual) {
    report(`${file.path}:${site.line}:${site.column}: manual review: ${site.reason}`);
  }
  for (const secret of result.secrets) {
    report(`${file.path}:${secret.line}: hard-coded ${secret.kind} removed; rotate it`);
  }
  if (!result.changed) return result.output;
  const formatted = await formatRewrite(path.resolve(file.path), file.source, result.output, result.changedRanges, toFormatSettings(options));
  for (const note of formatted.notes) report(`${file.path}: formatting: ${note}`);
  return formatted.text;
}

// jscodeshift's own parse is not used (see above); `tsx` keeps its pre-parse lenient.
export const parser = 'tsx';
