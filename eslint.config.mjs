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
  {
    // The probes start commands only through ctx.runner (src/core/probe/runner.ts), where the workspace-trust gate
    // is (issue #16 item 1): no process API, no direct use of the process runner or of a live host.
    files: ['src/core/probe/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core, src/webview and the CLI must not import vscode: adapt in src/vscode.' },
            { name: 'node:child_process', message: 'Probes run commands through run(ctx, …) (probe/runner.ts: the trust gate).' },
          ],
          patterns: [
            { group: ['**/vscode/**', '../vscode', '../../vscode'], message: 'Only src/vscode may depend on the VS Code layer.' },
            { group: ['**/io/run', '**/host/live'], allowTypeImports: true, message: 'Probes run commands through run(ctx, …) (probe/runner.ts: the trust gate).' },
          ],
        },
      ],
    },
  },
);
