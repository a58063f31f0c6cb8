import * as fs from 'fs';
import * as path from 'path';
import { createSeededRandom } from '../seeded-random';
import { generateServiceCode, type ModuleStyle } from './service-code';

/**
 * The synthetic corpus: a seeded generator writes `fileCount` modules of ordinary service
 * code spread over services, and a share of them (`grantShare`) also hold a password grant
 * in one of the shapes of the transform's fixtures (`__testfixtures__/transform`), so that
 * every tool has real rewrites to do. Same seed, same bytes.
 */

export interface SyntheticCorpusOptions {
  fixturesDir: string;
  fileCount: number;
  grantShare: number;
  seed: number;
}

export interface SyntheticCorpus {
  files: number;
  bytes: number;
  /** files holding a password grant: what a migration should change */
  grantFiles: number;
}

const EXTENSIONS = ['js', 'ts', 'mjs', 'cjs'] as const;
const FILES_PER_SERVICE = 50;

interface GrantShape {
  name: string;
  extension: string;
  source: string;
}

/**
 * The fixtures the corpus takes its grants from, pinned: SDK login shapes that the default
 * options rewrite (no `*-no-change-*` case, none with its own options file, no raw HTTP
 * grant). Taken from the folder as it was, a stop that added a fixture changed the corpus
 * (274 findings became 272), so its results no longer compared with earlier stops'. A new
 * fixture joins the corpus only by a change here, which the results' history then shows.
 */
export const SYNTHETIC_GRANT_SHAPES: readonly string[] = [
  'alias-receiver.js',
  'await-assignment.ts',
  'await-dynamic-import.mjs',
  'bom-preserved.ts',
  'brace-less-if-body.js',
  'class-field-this-client.ts',
  'comments-before-login-statement.js',
  'concise-arrow-body-next-line.js',
  'concise-arrow-body.js',
  'const-object-credentials.js',
  'constructor-assigned-this-client.js',
  'credentials-used-elsewhere-kept.js',
  'crlf-line-endings.js',
  'destructured-require-apiclient.cjs',
  'double-quotes.js',
  'env-var-credentials.js',
  'escaped-token-method-name.js',
  'eslint-comment-above.js',
  'exported-credentials-kept.js',
  'grant-type-camel.ts',
  'grant-type-password.js',
  'import-default-purecloud.mjs',
  'import-named-aliased.ts',
  'import-named-apiclient.ts',
  'import-namespace.ts',
  'inline-credentials.js',
  'multiple-sites-one-file.js',
  'newrelic-agent-absent-plain-login.js',
  'newrelic-agent-present.js',
  'newrelic-existing-segment.mjs',
  'no-semicolons.js',
  'optional-call.js',
  'require-apiclient-instance.js',
  'require-namespace-new-apiclient.js',
  'return-statement.js',
  'sdk-and-http-same-file.js',
  'shorthand-credentials.js',
  'tabs-indentation.js',
  'then-chain.js',
  'ts-generics-angle-cast.ts',
  'ts-import-equals-require.ts',
  'two-sites-same-statement.js',
  'untraced-receiver-parameter.js',
];

/** The pinned fixture inputs (see SYNTHETIC_GRANT_SHAPES); a missing one is an error, not a smaller corpus. */
export function loadGrantShapes(fixturesDir: string): GrantShape[] {
  return SYNTHETIC_GRANT_SHAPES.map((entry) => {
    const match = /^(.+)\.(js|ts|mjs|cjs)$/.exec(entry) as RegExpExecArray;
    const file = path.join(fixturesDir, `${match[1]}.input.${match[2]}`);
    if (!fs.existsSync(file)) throw new Error(`the synthetic corpus's fixture ${entry} is gone from ${fixturesDir}: update SYNTHETIC_GRANT_SHAPES`);
    return { name: match[1], extension: match[2], source: fs.readFileSync(file, 'utf8') };
  });
}

function styleFor(extension: string, source: string): ModuleStyle {
  if (extension === 'cjs') return 'cjs';
  if (extension === 'mjs' || extension === 'ts') return 'esm';
  return /\brequire\(/.test(source) && !/^\s*(import|export)\s/m.test(source) ? 'cjs' : 'esm';
}

export function writeSyntheticCorpus(root: string, options: SyntheticCorpusOptions): SyntheticCorpus {
  const random = createSeededRandom(options.seed);
  const shapes = loadGrantShapes(options.fixturesDir);
  const grantEvery = Math.round(1 / options.grantShare);
  let bytes = 0;
  let grantFiles = 0;
  for (let index = 0; index < options.fileCount; index++) {
    const service = `service-${String(Math.floor(index / FILES_PER_SERVICE)).padStart(3, '0')}`;
    const prefix = `m${index}_`;
    let extension: string;
    let text: string;
    // Every grantEvery-th file holds a grant (5% gives 250 of 5,000), the shapes taken in turn.
    if (index % grantEvery === grantEvery - 1) {
      const shape = shapes[grantFiles % shapes.length];
      extension = shape.extension;
      const style = styleFor(extension, shape.source);
      text = `${shape.source.replace(/\s*$/, '\n')}\n${generateServiceCode(random, { style, typescript: extension === 'ts', prefix })}`;
      grantFiles++;
    } else {
      extension = random.pick(EXTENSIONS);
      const style: ModuleStyle = extension === 'cjs' ? 'cjs' : extension === 'js' && random.next() < 0.5 ? 'cjs' : 'esm';
      text = generateServiceCode(random, { style, typescript: extension === 'ts', prefix });
    }
    const folder = path.join(root, service, 'src', random.pick(['handlers', 'lib', 'jobs', 'clients']));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `module-${index}.${extension}`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: options.fileCount, bytes, grantFiles };
}
