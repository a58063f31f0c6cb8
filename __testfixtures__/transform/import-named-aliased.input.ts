import { ApiClient as GenesysClient } from '@genesyscloud/genesyscloud';

const genesys = new GenesysClient();

export function start(): Promise<unknown> {
  return genesys.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}
