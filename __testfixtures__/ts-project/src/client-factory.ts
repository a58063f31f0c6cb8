import { ApiClient } from '@genesyscloud/genesyscloud';

/** The one place clients are made; callers in other modules only see `createClient()`. */
export function createClient(): ApiClient {
  return new ApiClient();
}

export type GenesysClient = ApiClient;
