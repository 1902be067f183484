// Lint: typescript-eslint's recommended rules, the architecture rule (src/core never imports `vscode`), and
// eslint-plugin-regexp's recommended rules with super-linear backtracking and moves as errors: every regex is
// linear-time on hostile text (issue 16 item 6; `npm run bench -- regex` times them on 1 MB inputs).
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test/host/node_modules/**', 'test/host/run/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // The terminal escaper and the ANSI strippers exist to match control characters (src/core/text/controls.ts).
      'no-control-regex': 'off',
    },
  },
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
