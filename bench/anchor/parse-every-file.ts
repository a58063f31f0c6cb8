/**
 * The benchmark's anchor: our transform as a jscodeshift transform is usually written, parsing
 * every file it is handed (`const root = j(file.source)` opens nearly every transform) and
 * searching the tree for the call before deciding there is nothing to do. That is what the
 * benchmark issue calls "jscodeshift's own runner (forked processes, every file parsed)".
 *
 * The shipped transform (transforms/) skips the parse of a file that never names
 * `postOAuthApiToken`, as our runner does; under jscodeshift it then parses the same few
 * files our tools parse, and only the runners' overhead is left to compare. The benchmark
 * times that too, as its `reference` row; the targets are set against this one.
 *
 * Each file is parsed once: a file that names the method goes straight to the shipped
 * transform (which parses it with our parser choice); any other file is parsed by jscodeshift
 * with the parser it was given (`--parser=tsx`) and searched, as a transform would.
 */
import type { API, FileInfo, Options } from 'jscodeshift';
import { TOKEN_METHOD } from '../../src/detect/types';
import transformer from '../../transforms/password-grant-to-client-credentials';

export default async function parseEveryFile(file: FileInfo, api: API, options: Options): Promise<string> {
  if (file.source.includes(TOKEN_METHOD)) return transformer(file, api, options);
  const j = api.jscodeshift;
  // A file that does not parse throws here, as it would in any transform: jscodeshift counts an error.
  const calls = j(file.source).find(j.CallExpression, { callee: { property: { name: TOKEN_METHOD } } });
  return calls.length > 0 ? transformer(file, api, options) : file.source;
}
