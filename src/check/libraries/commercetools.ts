import type { NodePath } from '@babel/traverse';
import { classifyValue, getCalledName, getReceiver, hasOption, importedFunctionPackage } from './call-shapes';
import { loadedPackage, loadsPackage, packageOf, type LibraryFile, type LibraryGrant, type OAuthLibrary } from './library';
import { childPath } from '../../parse/child-path';

/**
 * commercetools' JavaScript SDKs and their password flow (a customer's or user's username and
 * password exchanged for a token at the auth service):
 * - `new ClientBuilder().withPasswordFlow({ host, projectKey, credentials: { clientId,
 *   clientSecret, user: { username, password } } })` in @commercetools/sdk-client-v2 and
 *   @commercetools/ts-client;
 * - the middleware factories behind it: `createAuthForPasswordFlow(options)` (sdk-client-v2)
 *   and `createAuthMiddlewareForPasswordFlow(options)` (@commercetools/sdk-middleware-auth,
 *   ts-client);
 * - @commercetools/sdk-auth: `new SdkAuth(config).customerPasswordFlow({ username, password })`,
 *   `clientPasswordFlow(...)` and, before those, `passwordFlow(...)`.
 * The names are the SDKs' own; the file must load one of the packages, a factory must be
 * imported from it, and a receiver traced to another package is not it. `passwordFlow` is the
 * plainest of them: it also needs a `password` option in sight when its receiver is untraced.
 * `withClientCredentialsFlow`, `withAnonymousSessionFlow`, `withRefreshTokenFlow`,
 * `withExistingTokenFlow` and their factories, `clientCredentialsFlow()`, `anonymousFlow()` and
 * `refreshTokenFlow(token)` are other flows.
 */

const CLIENT_V2 = '@commercetools/sdk-client-v2';
const TS_CLIENT = '@commercetools/ts-client';
const MIDDLEWARE_AUTH = '@commercetools/sdk-middleware-auth';
const SDK_AUTH = '@commercetools/sdk-auth';

/** Which packages offer each builder method / factory / SdkAuth method. */
// Maps, not objects: a called name such as `toString` must not find Object.prototype's.
const BUILDER_METHODS = new Map<string, readonly string[]>([['withPasswordFlow', [CLIENT_V2, TS_CLIENT]]]);
const FACTORIES = new Map<string, readonly string[]>([
  ['createAuthForPasswordFlow', [CLIENT_V2]],
  ['createAuthMiddlewareForPasswordFlow', [MIDDLEWARE_AUTH, TS_CLIENT]],
]);
const SDK_AUTH_METHODS = new Set(['customerPasswordFlow', 'clientPasswordFlow', 'passwordFlow']);
const ALL_PACKAGES = [CLIENT_V2, TS_CLIENT, MIDDLEWARE_AUTH, SDK_AUTH];

export const commercetools: OAuthLibrary = {
  name: CLIENT_V2,
  needles: ['@commercetools/'],
  find(file) {
    if (!loadsPackage(file, ALL_PACKAGES)) return [];
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      if (name === null || call.node.arguments.length === 0) continue;
      const builderPackages = BUILDER_METHODS.get(name);
      const factoryPackages = FACTORIES.get(name);
      if (builderPackages !== undefined) {
        const library = receiverPackage(file, getReceiver(call), builderPackages);
        if (library !== null) grants.push({ node: call.node, api: `ClientBuilder#${name}`, library });
      } else if (factoryPackages !== undefined) {
        // a factory is a plain import: the callee itself must come from the package
        const library = importedFunctionPackage(childPath(call, 'callee'), name, factoryPackages);
        if (library !== null) grants.push({ node: call.node, api: name, library });
      } else if (SDK_AUTH_METHODS.has(name)) {
        const receiverPath = getReceiver(call);
        const library = receiverPackage(file, receiverPath, [SDK_AUTH]);
        if (library === null) continue;
        const traced = classifyValue(receiverPath, [SDK_AUTH]).kind === 'library';
        if (name === 'passwordFlow' && !traced && !hasOption(call.get('arguments')[0], ['password'])) continue;
        grants.push({ node: call.node, api: `SdkAuth#${name}`, library });
      }
    }
    return grants;
  },
};

/**
 * The package a method's receiver belongs to: the one it traces to, or, untraced, the first
 * of these packages the file loads. Null when it traces elsewhere or the file loads none.
 */
function receiverPackage(file: LibraryFile, receiver: NodePath | null, packages: readonly string[]): string | null {
  if (!receiver) return null;
  const value = classifyValue(receiver, ALL_PACKAGES);
  if (value.kind === 'other') return null;
  if (value.kind === 'library') return packageOf(value.value.module, packages);
  return loadedPackage(file, packages);
}
