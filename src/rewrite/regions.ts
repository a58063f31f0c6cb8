import { UsageError } from '../errors';

/**
 * Genesys Cloud regions → API host suffix, as the SDK's own `PureCloudRegionHosts` table
 * (purecloud-platform-client-v2 262.0.0) has them. A test compares this copy with the
 * installed SDK so that a new region shows up as a failing test, not a silent gap.
 */
export const REGION_HOSTS: Readonly<Record<string, string>> = {
  us_east_1: 'mypurecloud.com',
  eu_west_1: 'mypurecloud.ie',
  ap_southeast_2: 'mypurecloud.com.au',
  ap_northeast_1: 'mypurecloud.jp',
  eu_central_1: 'mypurecloud.de',
  us_west_2: 'usw2.pure.cloud',
  ca_central_1: 'cac1.pure.cloud',
  ap_northeast_2: 'apne2.pure.cloud',
  eu_west_2: 'euw2.pure.cloud',
  ap_south_1: 'aps1.pure.cloud',
  us_east_2: 'use2.us-gov-pure.cloud',
  sa_east_1: 'sae1.pure.cloud',
  me_central_1: 'mec1.pure.cloud',
  ap_northeast_3: 'apne3.pure.cloud',
  eu_central_2: 'euc2.pure.cloud',
  mx_central_1: 'mxc1.pure.cloud',
  ap_southeast_1: 'apse1.pure.cloud',
  eusc_de_east_1: 'edee1.eusc-pure.cloud',
};

/** Region names as people write them: `us-east-1`. */
export function listRegionNames(): string[] {
  return Object.keys(REGION_HOSTS).map((key) => key.replace(/_/g, '-'));
}

/** `us-east-1` (or `us_east_1`) → `mypurecloud.com`; an unknown name is a usage error. */
export function getRegionHost(region: string): string {
  const host = REGION_HOSTS[region.trim().toLowerCase().replace(/-/g, '_')];
  if (!host) {
    throw new UsageError(`unknown region '${region}'`, `known regions: ${listRegionNames().join(', ')}`);
  }
  return host;
}

/** The `basePath` for `init` in a region: `https://api.<host>`. */
export function getRegionBasePath(region: string): string {
  return `https://api.${getRegionHost(region)}`;
}
