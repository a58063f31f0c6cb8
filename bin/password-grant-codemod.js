#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is written in TypeScript and compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
const { main } = require('../dist/src/cli/main.js');

main(process.argv.slice(2)).then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error) => {
    process.stderr.write(`password-grant-codemod: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 70;
  },
);
