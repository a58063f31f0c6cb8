/**
 * Report paths as SARIF `artifactLocation.uri`s: a relative URI reference (RFC 3986) made
 * of the path's segments, each percent-encoded, so that `#`, `?`, `%`, a `\`, spaces, a `:`
 * in the first segment (`c:x.js`, which would read as a scheme) and non-ASCII names stay
 * parts of one relative file path. Only the unreserved characters (`A-Z a-z 0-9 - . _ ~`)
 * are left as they are; `..` segments (a path given above the working folder) stay
 * segments. An absolute path (none is expected: report paths are relative to the working
 * folder) becomes a `file:` URI rather than a reference that would read as relative to the
 * repository root.
 */
export function toSarifUri(reportPath: string): string {
  const encoded = reportPath
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return reportPath.startsWith('/') ? `file://${encoded}` : encoded;
}
