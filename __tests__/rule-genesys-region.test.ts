import { checkSource } from '../src/check/check-source';
import { genesysRegion, suggestRegionKey } from '../src/check/rules/genesys-region';
import { REGION_HOSTS } from '../src/genesys/region-hosts';
import { couldHoldPasswordGrant } from '../src/runner/prefilter';

/**
 * `genesys-region` as a table: `valid` code has no finding, each `invalid` row has exactly one,
 * at `line:column`, whose message names `key` (the key to use) or, with `key: null`, lists the
 * SDK's keys.
 */

const HEADER = "const platformClient = require('purecloud-platform-client-v2');\n";

const valid: string[] = [
  'client.setEnvironment(platformClient.PureCloudRegionHosts.eu_west_1);',
  "client.setEnvironment(platformClient.PureCloudRegionHosts['ap_southeast_2']);",
  'client.setEnvironment(platformClient.PureCloudRegionHosts[`us_west_2`]);',
  "const { PureCloudRegionHosts } = platformClient;\nclient.setEnvironment(PureCloudRegionHosts['eusc_de_east_1']);",
  // known only at run time: not a finding
  'client.setEnvironment(platformClient.PureCloudRegionHosts[process.env.GENESYS_REGION]);',
  'client.setEnvironment(platformClient.PureCloudRegionHosts[`${region}`]);',
  // not reads of a region
  "if (platformClient.PureCloudRegionHosts.hasOwnProperty('eu-west-1')) {}",
  'const keys = Object.keys(platformClient.PureCloudRegionHosts);',
  "const regions = { 'eu-west-1': 'mypurecloud.ie' };\nclient.setEnvironment(regions['eu-west-1']);",
  "// PureCloudRegionHosts['eu-west-1'] in a comment",
];

const invalid: { code: string; line: number; column: number; key: string | null }[] = [
  { code: "client.setEnvironment(platformClient.PureCloudRegionHosts['eu-west-1']);", line: 2, column: 23, key: 'eu_west_1' },
  { code: 'client.setEnvironment(platformClient.PureCloudRegionHosts[`ap-southeast-2`]);', line: 2, column: 23, key: 'ap_southeast_2' },
  { code: "const REGION = 'us-west-2';\nclient.setEnvironment(platformClient.PureCloudRegionHosts[REGION]);", line: 3, column: 23, key: 'us_west_2' },
  { code: 'client.setEnvironment(platformClient.PureCloudRegionHosts.euwest2);', line: 2, column: 23, key: null },
  { code: "client.setEnvironment(platformClient.PureCloudRegionHosts['EU_CENTRAL_1']);", line: 2, column: 23, key: 'eu_central_1' },
  { code: "client.setEnvironment(platformClient.PureCloudRegionHosts['mypurecloud.ie']);", line: 2, column: 23, key: 'eu_west_1' },
  { code: "const { PureCloudRegionHosts } = platformClient;\nconst host = PureCloudRegionHosts?.['ca-central-1'];", line: 3, column: 14, key: 'ca_central_1' },
  { code: "const config = { region: 'sa-east-1' };\nclient.setEnvironment(platformClient.PureCloudRegionHosts[config.region]);", line: 3, column: 23, key: 'sa_east_1' },
];

function regionFindings(code: string) {
  return checkSource(HEADER + code, 'service.js').filter((finding) => finding.rule === 'genesys-region');
}

describe('genesys-region', () => {
  it.each(valid.map((code) => [code]))('valid: %s', (code) => {
    expect(regionFindings(code)).toEqual([]);
  });

  it.each(invalid.map((row) => [row.code, row] as const))('invalid: %s', (_code, row) => {
    const findings = regionFindings(row.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ line: row.line, column: row.column, level: 'warning', fixable: false });
    if (row.key) expect(finding.message).toContain(`use PureCloudRegionHosts.${row.key}`);
    else expect(finding.message).toContain(Object.keys(REGION_HOSTS).join(', '));
    expect(finding.message).toContain('US East');
  });

  it('suggests the SDK key for dashed, upper-case and host spellings, and nothing for unknown regions', () => {
    expect(suggestRegionKey('eu-west-1')).toBe('eu_west_1');
    expect(suggestRegionKey('US-EAST-1')).toBe('us_east_1');
    expect(suggestRegionKey('login.mypurecloud.com.au')).toBe('ap_southeast_2');
    expect(suggestRegionKey('mars-north-1')).toBeNull();
  });

  it('runs only where its needle is, and the check prefilter lets such files through', () => {
    expect(genesysRegion.needles).toEqual(['PureCloudRegionHosts']);
    expect(couldHoldPasswordGrant("x(PureCloudRegionHosts['eu-west-1']);\n", 'check')).toBe(true);
  });
});
