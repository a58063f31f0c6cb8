/**
 * The SDK's login methods, by whether the token they give has a user. A module of constants
 * only: the runner's text prefilter reads the needles without loading Babel.
 */

export const CLIENT_CREDENTIALS_LOGIN_METHODS: readonly string[] = ['loginClientCredentials', 'loginClientCredentialsGrant'];
export const USER_LOGIN_METHODS: readonly string[] = ['loginImplicitGrant', 'loginPKCEGrant', 'loginCodeAuthorizationGrant', 'loginSaml2BearerGrant'];

/** Strings a file must contain to call one of the login methods (`loginClientCredentials` covers its `Grant` twin). */
export const LOGIN_METHOD_NEEDLES: readonly string[] = ['loginClientCredentials', ...USER_LOGIN_METHODS];

