/**
 * The heavy half of a worker (Babel's parser and traverse, the detector, the rewriter),
 * behind one module that process-file.ts loads on first use only: most files of a
 * repository fail the prefilter, and a worker that never parses should not pay for loading
 * them. Measured with --cpu-prof on node_modules: loading was most of a worker's time.
 */
export { checkSource, checkSourceFile } from '../check/check-source';
export { transformSource } from '../rewrite/transform-source';
export { createTypeFacts } from '../typeaware/create-type-facts';
export { formatRewrite } from '../format/format-rewrite';
export { collectFileServiceFacts } from '../scopes/collect-service-calls';
