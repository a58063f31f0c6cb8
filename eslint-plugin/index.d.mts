import plugin from './index.js';

export default plugin;
export declare const meta: typeof plugin.meta;
export declare const rules: typeof plugin.rules;
export declare const configs: typeof plugin.configs;
