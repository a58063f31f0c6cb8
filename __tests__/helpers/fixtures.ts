import * as fs from 'fs';
import * as path from 'path';
import type { RewriteOptions } from '../../src/rewrite/types';

export const TRANSFORM_FIXTURES = path.join(__dirname, '..', '..', '__testfixtures__', 'transform');

/** The default options every transform fixture runs with, unless `<case>.options.json` says otherwise. */
export const DEFAULT_FIXTURE_OPTIONS: RewriteOptions = { scopes: ['analytics:readonly'] };

export interface TransformFixture {
  name: string;
  /** file name as the transform sees it, e.g. `alias-receiver.input.js` */
  inputFile: string;
  input: string;
  expected: string | null;
  options: RewriteOptions;
}

/** Every `<case>.input.<ext>` / `<case>.output.<ext>` pair in the transform fixture folder. */
export function loadTransformFixtures(dir = TRANSFORM_FIXTURES): TransformFixture[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.includes('.input.'))
    .sort()
    .map((inputFile) => {
      const marker = inputFile.indexOf('.input.');
      const name = inputFile.slice(0, marker);
      const extension = inputFile.slice(marker + '.input.'.length);
      const outputPath = path.join(dir, `${name}.output.${extension}`);
      const optionsPath = path.join(dir, `${name}.options.json`);
      return {
        name,
        inputFile,
        input: fs.readFileSync(path.join(dir, inputFile), 'utf8'),
        expected: fs.existsSync(outputPath) ? fs.readFileSync(outputPath, 'utf8') : null,
        options: fs.existsSync(optionsPath)
          ? (JSON.parse(fs.readFileSync(optionsPath, 'utf8')) as RewriteOptions)
          : DEFAULT_FIXTURE_OPTIONS,
      };
    });
}

/** Every fixture folder's root (transform, check, ...). */
export const FIXTURE_ROOT = path.join(__dirname, '..', '..', '__testfixtures__');

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?)$/;

/** The JavaScript and TypeScript files under a folder, recursively (for properties over every fixture). */
export function listFixtureSources(dir: string = FIXTURE_ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFixtureSources(full);
    return entry.isFile() && SOURCE_FILE.test(entry.name) ? [full] : [];
  });
}
