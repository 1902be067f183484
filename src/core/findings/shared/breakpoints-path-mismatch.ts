/**
 * breakpoints-path-mismatch: breakpoints that never verify (issue 20 item 9; vscode-go#2793 #3508):
 * `could not find file <path>[, binary is stripped]` (pkg/proc/bininfo.go:996-998) and `breakpoint N can not be
 * enabled` (pkg/proc/target_group.go:395). setBreakpoints answered unverified: Delve cannot map the workspace's file
 * to the binary's (remote, container, trimpath). The fix is a substitutePath rule computed from the workspace file
 * and the path Delve reported for it (findings/substitute.ts), as a launch.json edit. Delve ≥ 1.26.1's trimpath warning
 * is target-trimpath's.
 */
import { messages, t } from '../../i18n';
import { DAP_DELVE } from '../../i18n/messages/dap-delve';
import type { Fix } from '../../report/types';
import { guessSubstitutePath } from '../substitute';
import { defineFinding } from '../define';

const S = messages({
  pathMismatch: {
    en: 'Delve cannot place the breakpoint in {file}: the program was built from sources at other paths (a remote machine, a container, or -trimpath), and no substitutePath maps the workspace onto them.',
    zh: 'Delve 无法在 {file} 中设置断点：程序是用其他路径下的源代码构建的（远程机器、容器或 -trimpath），且没有 substitutePath 把工作区映射到那些路径。',
  },
  pathMismatchFound: { en: 'Delve knows this file as {delve}: substitutePath "{from}" → "{to}" maps it.', zh: 'Delve 把这个文件识别为 {delve}：substitutePath "{from}" → "{to}" 可以映射它。' },
  cannotEnable: { en: 'Delve could not enable breakpoint {id} again: the source it was set in is not found in the program under this path.', zh: 'Delve 无法再次启用断点 {id}：在此路径下的程序中找不到设置断点的源文件。' },
  addSubstitutePath: { en: 'Add substitutePath {"from": "{from}", "to": "{to}"} to the launch configuration', zh: '在启动配置中添加 substitutePath {"from": "{from}", "to": "{to}"}' },
  showDelvePath: {
    en: 'Let Delve show its path: pause the program or add a function breakpoint (main.main); the Call Stack shows the path Delve knows, and the doctor then computes substitutePath',
    zh: '让 Delve 显示它的路径：暂停程序或添加函数断点（main.main）；调用堆栈会显示 Delve 识别的路径，随后本工具会计算 substitutePath',
  },
});

export default defineFinding({
  code: 'breakpoints-path-mismatch',
  component: 'launch',
  severity: 'warning',
  title: { en: 'Breakpoints do not verify: Delve knows the sources under other paths', zh: '断点无法验证：Delve 使用其他路径识别源文件' },
  texts: S,
  dap: [
    {
      re: /could not find file ([^\s,]+)(, binary is stripped)?|breakpoint (\d+) can not be enabled/gi,
      build: (m, line, r, make) => {
        const file = m[1];
        const rule = file ? guessSubstitutePath(file, r.delvePaths) : undefined;
        const delve = rule && file ? r.delvePaths.find((p) => p.endsWith(file.slice(rule.from.length))) : undefined;
        const base = m[3] ? t(S.cannotEnable, { id: m[3] }) : t(S.pathMismatch, { file: file ?? '' });
        const detail = rule ? `${base} ${t(S.pathMismatchFound, { delve: delve ?? rule.to, from: rule.from, to: rule.to })}` : base;
        const fixes: Fix[] = [];
        if (rule) {
          const title = t(S.addSubstitutePath, rule);
          const value = [...(r.launch.substitutePath ?? []), rule];
          fixes.push(r.launchIndex === undefined ? { kind: 'manual', title, detail: JSON.stringify({ substitutePath: value }) } : { kind: 'edit', title, edit: { file: 'launch.json', path: ['configurations', r.launchIndex, 'substitutePath'], value } });
        } else fixes.push({ kind: 'manual', title: t(S.showDelvePath) });
        if (m[2]) fixes.push({ kind: 'manual', title: t(DAP_DELVE.removeStrip) });
        return make({ detail, evidence: [line, ...(delve ? [`Delve: ${delve}`] : [])], fixes });
      },
    },
  ],
});
