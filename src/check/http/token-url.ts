import type { NodePath } from '@babel/traverse';
import { looksLikeTokenPath } from './endpoint';
import { resolveTextShape } from './static-text';

/** Is this expression a URL of an OAuth token endpoint, as far as the file shows? */
export function isTokenEndpointUrl(path: NodePath): boolean {
  const shape = resolveTextShape(path);
  return shape !== null && looksLikeTokenPath(shape);
}
