/**
 * Genesys Cloud regions → API host suffix, as the SDK's own `PureCloudRegionHosts` table
 * (purecloud-platform-client-v2 262.0.0) has them. Shared by the rewrite (basePath, environment), the
 * HTTP rule (which login hosts are Genesys Cloud's) and the region rule. A test compares this copy with the
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

/** The login host of every region: `login.mypurecloud.com`, `login.euw2.pure.cloud`, ... */
export const LOGIN_HOSTS: readonly string[] = Object.values(REGION_HOSTS).map((host) => `login.${host}`);

/** Is this host name (any case, a trailing dot or port aside) a Genesys Cloud login host? */
export function isGenesysLoginHost(host: string): boolean {
  const name = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return LOGIN_HOSTS.includes(name);
}
