import { runAsWorker } from 'synckit';
import { formatRewrite } from './format-rewrite';

/** The worker thread behind `format-sync.ts`: runs the asynchronous formatting step. */
runAsWorker(formatRewrite);
