// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Lint every TypeScript module of the project: src, scripts and tests. Astro components are checked by `tsc`. */
export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '**/.astro/', 'bench/scratch/', 'tests/.tmp/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // `_name` marks a value left out on purpose (e.g. dropped from a destructured object).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
      // micromark tokenizers keep the tokenizer context as `self`, as micromark's own extensions do.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self'] }],
      // Module augmentation merges an interface into a library's by extending ours.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // The command's entry point is plain JavaScript run by Node (src/cli/bin.js).
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
