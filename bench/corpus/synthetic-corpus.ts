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
 * Fixture inputs that the default options rewrite: not the `*-no-change-*` cases, not the
 * cases that need their own options file, and only the extensions the benchmark times.
 */
export function loadGrantShapes(fixturesDir: string): GrantShape[] {
  const names = fs.readdirSync(fixturesDir).sort();
  const shapes: GrantShape[] = [];
  for (const name of names) {
    const match = /^(.+)\.input\.(js|ts|mjs|cjs)$/.exec(name);
    // The synthetic corpus is built from SDK login shapes (its results compare over time);
    // raw HTTP grants (`http-*`) are not part of it.
    if (!match || match[1].includes('no-change') || match[1].startsWith('http-')) continue;
    if (names.includes(`${match[1]}.options.json`)) continue;
    shapes.push({ name: match[1], extension: match[2], source: fs.readFileSync(path.join(fixturesDir, name), 'utf8') });
  }
  if (shapes.length === 0) throw new Error(`no fixture inputs found in ${fixturesDir}`);
  return shapes;
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
