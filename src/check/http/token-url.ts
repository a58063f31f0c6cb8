import type { NodePath } from '@babel/traverse';
import { resolveTextShape } from './static-text';

/** Ends in `/oauth/token` (a trailing slash, query or fragment aside). */
const TOKEN_PATH_AT_END = /\/oauth\/token\/?$/;

/** Is this expression a URL of an OAuth token endpoint, as far as the file shows? */
export function isTokenEndpointUrl(path: NodePath): boolean {
  const shape = resolveTextShape(path);
  if (shape === null) return false;
  const withoutQuery = shape.replace(/[?#].*$/s, '');
  return TOKEN_PATH_AT_END.test(withoutQuery);
}
