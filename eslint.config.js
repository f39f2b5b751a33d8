// ESLint: typescript-eslint's recommended rules, Prettier for formatting, and
// import boundaries that hold the layers apart (see CONVENTIONS.md):
// core ← adapters/data (no DOM, no Lit) ← elements (Lit views, never fetch).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const noLitOutsideViews = {
  patterns: [
    {
      group: ['lit', 'lit/*', '@lit/*'],
      message: 'Adapters and data stay free of Lit and the DOM.',
    },
    {
      group: ['**/elements/**', '**/ui/**'],
      message: 'Views depend on adapters, never the other way.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.cache/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/context.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noLitOutsideViews.patterns,
            { group: ['**/adapters/**', '**/data/**'], message: 'core depends on nothing.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts', 'src/data/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noLitOutsideViews] },
  },
  {
    files: ['src/elements/**/*.ts', 'src/ui/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      // typescript-eslint's version, for allowTypeImports: types cost no bytes and no safety.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/style-map.js',
              message:
                'styleMap writes a style attribute on first render, which a strict CSP blocks: use cssProperties() from src/ui/css-properties.js.',
            },
          ],
          patterns: [
            {
              group: ['**/adapters/**', '!**/adapters/registry.js'],
              message:
                'Views reach adapters only through src/adapters/registry.ts (the provider picks one); shared pure code belongs in src/core/.',
            },
            {
              group: ['**/markdown/**', '!**/markdown/load.js'],
              allowTypeImports: true,
              message:
                'Views show bodies through renderMarkdown() (src/ui/markdown.ts), whose only door to the sanitizing pipeline is markdown/load.js.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Views never fetch: go through the adapter.' },
      ],
    },
  },
);
