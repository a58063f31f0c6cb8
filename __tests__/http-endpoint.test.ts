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
    // the token path families of real servers, also relative or after a run-time base
    ['/token', { kind: 'token-endpoint', url: '/token' }],
    ['/Token', { kind: 'token-endpoint', url: '/Token' }],
    ['https://id.example.com/connect/token', { kind: 'token-endpoint', url: 'https://id.example.com/connect/token' }],
    [`${UNKNOWN}/realms/${UNKNOWN}/protocol/openid-connect/token`, { kind: 'token-endpoint', url: '*/realms/*/protocol/openid-connect/token' }],
    ['https://a.okta.com/oauth2/v1/token', { kind: 'token-endpoint', url: 'https://a.okta.com/oauth2/v1/token' }],
    [`${UNKNOWN}/services/oauth2/token`, { kind: 'token-endpoint', url: '*/services/oauth2/token' }],
    ['/oauth/v1/tokens', { kind: 'token-endpoint', url: '/oauth/v1/tokens' }],
    ['/auth/oauth/v2/token/', { kind: 'token-endpoint', url: '/auth/oauth/v2/token/' }],
    ['/oauth2/access_token', { kind: 'token-endpoint', url: '/oauth2/access_token' }],
    ['/token.php', { kind: 'token-endpoint', url: '/token.php' }],
    ['oauth/token', { kind: 'token-endpoint', url: 'oauth/token' }],
    [`${UNKNOWN}oauth/token`, { kind: 'token-endpoint', url: '*oauth/token' }],
    ['/oauth/token?grant_type=password', { kind: 'token-endpoint', url: '/oauth/token?grant_type=password' }],
    ['https://api.example.com/users', { kind: 'unknown', url: 'https://api.example.com/users' }],
    ['/api/login', { kind: 'unknown', url: '/api/login' }],
    ['/oauth/tokenize', { kind: 'unknown', url: '/oauth/tokenize' }],
    ['/mytoken', { kind: 'unknown', url: '/mytoken' }],
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
