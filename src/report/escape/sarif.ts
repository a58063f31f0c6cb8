/**
 * Report paths as SARIF `artifactLocation.uri`s: a relative URI reference (RFC 3986) made
 * of the path's segments, each percent-encoded, so that `#`, `?`, `%`, a `:` in the first
 * segment (`c:x.js`, which would read as a scheme) and non-ASCII names stay parts of one
 * relative file path. Only the unreserved characters (`A-Z a-z 0-9 - . _ ~`) are left as
 * they are.
 */
export function toSarifUri(reportPath: string): string {
  return reportPath
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}
