// As a user writes it: the plugin through the package name, TypeScript through typescript-eslint.
import passwordGrant from 'password-grant-codemod/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  passwordGrant.configs.recommended,
];
