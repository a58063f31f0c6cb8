import { couldHoldServiceFacts } from '../scopes/service-facts-text';

/**
 * The service-facts text test on a file's bytes. Every string it looks for is ASCII, so the
 * bytes read as Latin-1 answer as their UTF-8 text would (a multi-byte character is non-word
 * characters either way), without validating and decoding UTF-8 first.
 */
export function mayHoldServiceFactsBytes(bytes: Buffer): boolean {
  return couldHoldServiceFacts(bytes.toString('latin1'));
}
