/**
 * One escaping function per output context, for every string that comes from the scanned
 * repository (see each module). Reporters import from here.
 */
export { escapeAnnotationText, escapeControlCharacters, escapeTerminalText, guardWorkflowCommands } from './terminal';
export { htmlText, markdownCode, markdownTableCode, markdownText } from './markdown';
export { toSarifUri } from './sarif';
export { mapReportStrings } from './map-report-strings';
export { stringifyReportJson } from './json';
