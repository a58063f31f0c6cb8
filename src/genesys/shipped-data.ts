import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

/**
 * The JSON tables shipped in the package's `data/` folder (see data/README.md), found from
 * this module's own location: two levels up from src/genesys, three from dist/src/genesys.
 * Read on demand, since most runs need none of them.
 */
export function readShippedDataFile<T>(name: string): T {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'data', name);
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8')) as T;
    if (path.dirname(dir) === dir) throw new Error(`the table data/${name} is missing from the installed package`);
  }
}
