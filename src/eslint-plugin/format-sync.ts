import { existsSync } from 'fs';
import * as path from 'path';
import { createSyncFn } from 'synckit';
import type { FormatRequest, formatRewrite } from './format-rewrite';

/**
 * The synchronous bridge to the asynchronous formatting step. An ESLint fix must be
 * computed synchronously, while formatting (Prettier 3's API) is asynchronous, so the
 * step runs on a worker thread that synckit blocks on (Atomics.wait). The worker starts on
 * the first fix of a process and is reused; files without a fixable site never start it.
 */

const TIMEOUT_MS = 30_000;

let formatSync: ((request: FormatRequest) => string) | undefined;

/** The compiled worker; when running from sources (ts-jest) the built copy in dist/ is used. */
function getWorkerFile(): string {
  const sibling = path.join(__dirname, 'format-worker.js');
  if (existsSync(sibling)) return sibling;
  return path.resolve(__dirname, '..', '..', 'dist', 'src', 'eslint-plugin', 'format-worker.js');
}

/** The rewritten file as formatted; throws when the formatting step fails or times out. */
export function formatRewriteSync(request: FormatRequest): string {
  formatSync ??= createSyncFn<typeof formatRewrite>(getWorkerFile(), { timeout: TIMEOUT_MS });
  return formatSync(request);
}
