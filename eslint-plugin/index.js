'use strict';
// `require('password-grant-codemod/eslint-plugin')`: the compiled plugin (src/eslint-plugin).
module.exports = require('../dist/src/eslint-plugin/index.js');
