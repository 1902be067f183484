// Lint: typescript-eslint's recommended rules, the architecture rule (src/core never imports `vscode`), the one
// terminal writer: only src/cli/io.ts touches process.stdout / process.stderr, and nothing in src uses console.*
// (issue 16 item 5: everything the CLI writes is escaped by io.ts's terminalText), and eslint-plugin-regexp's
// recommended rules with super-linear backtracking and moves as errors: every regex is linear-time on hostile text
// (issue 16 item 6; `npm run bench -- regex` times them on 1 MB inputs).
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
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/io.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'stdout', message: 'Write through src/cli/io.ts (the one terminal writer, which escapes control characters).' },
        { object: 'process', property: 'stderr', message: 'Write through src/cli/io.ts (the one terminal writer, which escapes control characters).' },
      ],
    },
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
