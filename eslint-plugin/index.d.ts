import plugin = require('../dist/src/eslint-plugin/index.js');
export = plugin;
