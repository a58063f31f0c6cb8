import { classifyEndpoint, describeEndpoint } from '../src/check/http/endpoint';
import { UNKNOWN } from '../src/check/http/static-text';
import { isGenesysLoginHost, LOGIN_HOSTS } from '../src/genesys/region-hosts';

describe('classifyEndpoint', () => {
  it.each([
    ['https://login.mypurecloud.ie/oauth/token', { kind: 'genesys', url: 'https://login.mypurecloud.ie/oauth/token' }],
    ['https://LOGIN.euw2.pure.cloud/oauth/token?x=1', { kind: 'genesys', url: 'https://LOGIN.euw2.pure.cloud/oauth/token?x=1' }],
    ['https://login.mypurecloud.com:443/oauth/token', { kind: 'genesys', url: 'https://login.mypurecloud.com:443/oauth/token' }],
    ['https://auth.example.com/oauth/token', { kind: 'token-endpoint', url: 'https://auth.example.com/oauth/token' }],
    [`${UNKNOWN}/oauth/token`, { kind: 'token-endpoint', url: '*/oauth/token' }],
    // a look-alike host that only starts like a Genesys one
    ['https://login.mypurecloud.com.evil.example/oauth/token', { kind: 'token-endpoint', url: 'https://login.mypurecloud.com.evil.example/oauth/token' }],
    ['https://api.example.com/users', { kind: 'unknown', url: 'https://api.example.com/users' }],
    [UNKNOWN, { kind: 'unknown' }],
    [null, { kind: 'unknown' }],
  ])('%j', (shape, expected) => {
    expect(classifyEndpoint(shape)).toEqual(expected);
  });

  it('names the endpoint in words', () => {
    expect(describeEndpoint({ kind: 'genesys', url: 'https://login.mypurecloud.ie/oauth/token' })).toContain('Genesys Cloud login host');
    expect(describeEndpoint({ kind: 'unknown' })).toBe('a token endpoint not visible in this file');
  });
});

describe('Genesys login hosts', () => {
  it('has one per region and matches only whole host names', () => {
    expect(LOGIN_HOSTS).toContain('login.mypurecloud.com');
    expect(LOGIN_HOSTS).toContain('login.use2.us-gov-pure.cloud');
    expect(isGenesysLoginHost('login.mypurecloud.de.')).toBe(true);
    expect(isGenesysLoginHost('api.mypurecloud.de')).toBe(false);
    expect(isGenesysLoginHost('xlogin.mypurecloud.de')).toBe(false);
  });
});
