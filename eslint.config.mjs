// Lint: typescript-eslint's recommended rules, and the architecture rule: src/core never imports `vscode`.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test/host/node_modules/**', 'test/host/run/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/core/**/*.ts', 'src/webview/**/*.ts', 'src/cli.ts', 'src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core, src/webview and the CLI must not import vscode: adapt in src/vscode.' }],
          patterns: [{ group: ['**/vscode/**', '../vscode', '../../vscode'], message: 'Only src/vscode may depend on the VS Code layer.' }],
        },
      ],
    },
  },
);
