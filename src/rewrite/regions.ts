import { UsageError } from '../errors';
import { REGION_HOSTS } from '../genesys/region-hosts';

export { REGION_HOSTS } from '../genesys/region-hosts';

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
