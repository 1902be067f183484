/**
 * settings-goos-override: go.toolsEnvVars sets GOOS to another system than macOS. vscode-go passes go.toolsEnvVars
 * to every tool it runs (goEnv.ts toolExecutionEnvironment): dlv builds a program for that system, which cannot run
 * or be debugged here.
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { OVERRIDE_TEXTS, settingsOverride } from '../envOverride';

const P = messages({
  settingsGoos: { en: 'go.toolsEnvVars sets GOOS={goos}: dlv builds a program for {goos}, which cannot run or be debugged on macOS.', zh: 'go.toolsEnvVars 设置了 GOOS={goos}：dlv 构建的是 {goos} 程序，它无法在 macOS 上运行或调试。' },
});

export default defineFinding({
  code: 'settings-goos-override',
  component: 'settings',
  severity: 'error',
  title: { en: 'go.toolsEnvVars sets GOOS to another system', zh: 'go.toolsEnvVars 把 GOOS 设成了另一个系统' },
  texts: { ...P, ...OVERRIDE_TEXTS },
  platforms: ['darwin'],
  check: (m, make) => settingsOverride(m, make, 'GOOS', (v) => v !== 'darwin', (goos) => t(P.settingsGoos, { goos })),
});
