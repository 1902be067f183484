/**
 * dlv-start-failed: vscode-go could not start `dlv dap` (`Couldn't start dlv dap`, goDebugFactory.ts:282; `cannot
 * launch dlv dap`, `failed to launch dlv`). Generic: the lines after it say why, and a precise finding from them
 * takes it in (findings/merge.ts); the DAP watch falls back to it for a spawn error no rule knows (dap/watch.ts).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { dlvEvidence } from '../textFixes';

const V = messages({
  startFailed: { en: 'vscode-go could not start `dlv dap`; the lines after this message say why.', zh: 'vscode-go 无法启动 `dlv dap`；这条消息之后的几行说明了原因。' },
});

export default defineFinding({
  code: 'dlv-start-failed',
  component: 'dlv',
  severity: 'error',
  generic: true,
  title: { en: 'VS Code could not start dlv dap', zh: 'VS Code 无法启动 dlv dap' },
  texts: V,
  dap: [
    {
      re: /couldn't start dlv dap:?|cannot launch dlv dap|failed to launch dlv:?/gi,
      build: (_m, line, r, make) => make({ detail: t(V.startFailed), evidence: [line, ...dlvEvidence(r)] }),
    },
  ],
});
