// `import passwordGrant from 'password-grant-codemod/eslint-plugin'`: the same object as
// require() gives (one instance, so ESLint never sees the plugin twice).
import plugin from './index.js';

export default plugin;
export const { meta, rules, configs } = plugin;
