import { angularOauth2Oidc } from './angular-oauth2-oidc';
import { auth0 } from './auth0';
import { auth0Js } from './auth0-js';
import { axiosOauthClient } from './axios-oauth-client';
import { badgatewayOauth2Client } from './badgateway-oauth2-client';
import { clientOauth2 } from './client-oauth2';
import { commercelayerJsAuth } from './commercelayer-js-auth';
import { commercetools } from './commercetools';
import { emberSimpleAuth } from './ember-simple-auth';
import { jsforce } from './jsforce';
import { keycloakAdmin } from './keycloak-admin';
import { keycloakConnect } from './keycloak-connect';
import type { OAuthLibrary } from './library';
import { microsoftIdentity } from './microsoft-identity';
import { nforce } from './nforce';
import { nodeOauth } from './node-oauth';
import { oauth4webapi } from './oauth4webapi';
import { oidcClientTs } from './oidc-client-ts';
import { openidClient } from './openid-client';
import { reactNativeAuth0 } from './react-native-auth0';
import { ringcentral } from './ringcentral';
import { shopware } from './shopware';
import { simpleOauth2 } from './simple-oauth2';
import { spreeStorefront } from './spree';

/** Every OAuth library family `library-password-grant` knows. A new one is a module and a line here. */
export const OAUTH_LIBRARIES: readonly OAuthLibrary[] = [
  simpleOauth2,
  clientOauth2,
  openidClient,
  oauth4webapi,
  keycloakAdmin,
  keycloakConnect,
  badgatewayOauth2Client,
  emberSimpleAuth,
  angularOauth2Oidc,
  nodeOauth,
  microsoftIdentity,
  auth0,
  jsforce,
  nforce,
  axiosOauthClient,
  reactNativeAuth0,
  ringcentral,
  oidcClientTs,
  auth0Js,
  commercetools,
  commercelayerJsAuth,
  spreeStorefront,
  shopware,
];
