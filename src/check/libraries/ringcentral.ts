import { isCallLike } from '../../detect/ast-utils';
import { classifyValue, getCalledName, getLastName, getReceiver, hasOption, valueBehind } from './call-shapes';
import { loadsPackage, namedPackage, type LibraryGrant, type OAuthLibrary } from './library';

/**
 * RingCentral's SDKs log a user in with the password flow when the options carry a
 * `password`: `sdk.platform().login({ username, extension, password })` in @ringcentral/sdk
 * and the older `ringcentral` package, `rc.authorize({ username, extension, password })` in
 * RingCentral Extensible (@rc-ex/core). The same methods with `{ jwt }` or `{ code }` are the
 * JWT and authorization-code flows, not findings.
 *
 * `login` is a common name: the receiver must be the platform (`….platform()`, or a name or
 * property called `platform`) of a file that loads the SDK, and not traced to another package.
 */

const PLATFORM_PACKAGES = ['@ringcentral/sdk', 'ringcentral'];
const EXTENSIBLE_PACKAGES = ['@rc-ex/core'];

type Call = Parameters<typeof getCalledName>[0];

export const ringcentral: OAuthLibrary = {
  name: '@ringcentral/sdk',
  needles: ['ringcentral', '@rc-ex/core'],
  find(file) {
    const platformSdk = loadsPackage(file, PLATFORM_PACKAGES);
    const extensible = loadsPackage(file, EXTENSIBLE_PACKAGES);
    if (!platformSdk && !extensible) return [];
    const library = namedPackage(file, 'ringcentral', this.name);
    const grants: LibraryGrant[] = [];
    for (const call of file.calls) {
      const name = getCalledName(call);
      if (name !== 'login' && name !== 'authorize') continue;
      if (!hasOption(call.get('arguments')[0], ['password'])) continue;
      if (platformSdk && name === 'login' && isPlatform(call)) {
        grants.push({ node: call.node, api: 'platform().login', library });
      } else if (extensible && name === 'authorize' && classifyValue(getReceiver(call), EXTENSIBLE_PACKAGES).kind !== 'other') {
        grants.push({ node: call.node, api: 'authorize', library: '@rc-ex/core' });
      }
    }
    return grants;
  },
};

/** The receiver of `login` is the SDK's platform: a `platform()` call behind it, or a name saying so. */
function isPlatform(call: Call): boolean {
  const receiver = getReceiver(call);
  if (!receiver || classifyValue(receiver, PLATFORM_PACKAGES).kind === 'other') return false;
  if (valueBehind(receiver, (path) => (isCallLike(path.node) && getCalledName(path as Call) === 'platform' ? true : null))) return true;
  return /platform$/i.test(getLastName(receiver) ?? '');
}
