import { createPlugin } from './plugin';

/**
 * `password-grant-codemod/eslint-plugin` for `require()` (and, through eslint-plugin/index.mjs
 * at the package root, for `import`): the plugin object itself is the module, so that
 * `require(...)` and `import x from ...` give the same object.
 */
const plugin = createPlugin();

export = plugin;
