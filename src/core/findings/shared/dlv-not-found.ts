/**
 * dlv-not-found: vscode-go finds no dlv (src/utils/pathUtils.ts getBinPathWithExplanation: go.alternateTools.dlv,
 * GOBIN, GOPATH/bin, GOROOT/bin, PATH) and cannot start a session ("Cannot find Delve debugger",
 * src/goDebugFactory.ts). Before launch on a Mac from the places searched; after F5 from vscode-go's words or
 * `spawn dlv ENOENT` (findings/sharedTexts.ts TOOL_MISSING; go's own is go-not-found).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { reinstallDlv } from '../fixes';
import { missingTool, TOOL_MISSING } from '../sharedTexts';
import { dlvEvidence, installDlvFixes } from '../textFixes';
import { searchLine } from '../evidence';

const N = messages({
  notFound: { en: 'vscode-go did not find dlv in any place it looks, so it cannot start a debug session ("Cannot find Delve debugger").', zh: 'vscode-go 在它查找的所有位置都没有找到 dlv，因此无法启动调试会话（"Cannot find Delve debugger"）。' },
  text: { en: 'vscode-go could not find dlv: not in go.alternateTools.dlv, GOBIN, GOPATH/bin, GOROOT/bin or PATH.', zh: 'vscode-go 找不到 dlv：它不在 go.alternateTools.dlv、GOBIN、GOPATH/bin、GOROOT/bin 或 PATH 中。' },
  evLookedFor: { en: 'looked for: {path}', zh: '查找的是：{path}' },
});

export default defineFinding({
  code: 'dlv-not-found',
  component: 'dlv',
  severity: 'error',
  title: { en: 'Delve (dlv) not found', zh: '找不到 Delve (dlv)' },
  texts: N,
  platforms: ['darwin'],
  check: (m, make) => {
    if (m.dlv.path) return [];
    return [make({ detail: t(N.notFound), evidence: m.dlv.searched.slice(0, 10).map(searchLine), fixes: [reinstallDlv(m)] })];
  },
  dap: [
    {
      re: TOOL_MISSING,
      build: (m, line, r, make) => {
        const missing = missingTool(m);
        if (missing === 'go') return undefined;
        return make({ detail: t(N.text), evidence: [line, ...(missing ? [t(N.evLookedFor, { path: missing })] : []), ...dlvEvidence(r)], fixes: installDlvFixes() });
      },
    },
  ],
});
