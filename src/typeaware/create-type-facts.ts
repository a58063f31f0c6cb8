import type { TypeFacts } from '../detect/types';
import { factKey, type SerializedTypeFacts } from './types';

/** Rebuilds the detector's `TypeFacts` from the plain data a worker received. */
export function createTypeFacts(data: SerializedTypeFacts): TypeFacts {
  return {
    receiverKind: (start, end) => data.receivers[factKey(start, end)],
    credentialGrant: (start, end) => data.credentials[factKey(start, end)],
  };
}
