/**
 * debugserver-path-invalid: DELVE_DEBUGSERVER_PATH names a file that does not exist; Delve uses it as-is, unchecked
 * (delve pkg/proc/gdbserial/gdbserver.go, GROUND_TRUTH §2). Before launch from where it is set (the finding's
 * component is that place: launch, settings or shell); after F5 from `fork/exec …/debugserver: no such file or
 * directory`.
 */
import { messages, t } from '../../i18n';
import { CLT_DEBUGSERVER } from '../../probe/darwin/stub';
import { overrideSite } from '../debugserver';
import { defineFinding } from '../define';
import { removeLaunchAttribute, q } from '../fixes';

const M = messages({
  dsPathInvalid: { en: 'DELVE_DEBUGSERVER_PATH is set in {where} to {value}, which does not exist. Delve uses this value as-is, without checking it, so the launch fails.', zh: '{where} 中把 DELVE_DEBUGSERVER_PATH 设为 {value}，但该文件不存在。Delve 不做检查就直接使用这个值，因此启动会失败。' },
  dsWithout: { en: ' Without it Delve would use {path}.', zh: '去掉它后，Delve 会使用 {path}。' },
  debugserverPath: {
    en: 'DELVE_DEBUGSERVER_PATH is {path}, which does not exist. Delve uses this value as-is, without checking it. It comes from the launch configuration\'s "env", its envFile or go.toolsEnvVars (vscode-go merges them).',
    zh: 'DELVE_DEBUGSERVER_PATH 是 {path}，但它不存在。Delve 原样使用这个值，不做检查。它来自启动配置的 "env"、envFile 或 go.toolsEnvVars（vscode-go 会合并它们）。',
  },
  debugserverPathSettings: { en: 'Remove DELVE_DEBUGSERVER_PATH from go.toolsEnvVars', zh: '从 go.toolsEnvVars 中删除 DELVE_DEBUGSERVER_PATH' },
  evFrom: { en: 'DELVE_DEBUGSERVER_PATH={value} (from {origin})', zh: 'DELVE_DEBUGSERVER_PATH={value}（来自 {origin}）' },
});

export default defineFinding({
  code: 'debugserver-path-invalid',
  component: 'settings',
  severity: 'error',
  title: { en: 'DELVE_DEBUGSERVER_PATH points nowhere', zh: 'DELVE_DEBUGSERVER_PATH 指向不存在的位置' },
  texts: M,
  darwin: (x, make) => {
    const ev = x.darwin.stub.override;
    if (!ev || x.darwin.stub.overrideExists) return [];
    const site = overrideSite(x, ev);
    const clt = x.darwin.stub.searched.length > 0 && x.darwin.lldb.candidates.some((c) => c.kind === 'clt' && c.exists);
    const f = make({
      detail: t(M.dsPathInvalid, { where: site.where, value: ev.value }) + (clt ? t(M.dsWithout, { path: CLT_DEBUGSERVER }) : ''),
      evidence: [t(M.evFrom, { value: ev.value, origin: ev.origin }), `\`ls -l ${q(ev.value)}\`: No such file or directory`],
      fixes: [site.fix],
    });
    return [{ ...f, component: site.component }];
  },
  dap: [
    {
      // DELVE_DEBUGSERVER_PATH is used as-is, unchecked (delve pkg/proc/gdbserial/gdbserver.go, GROUND_TRUTH §2).
      re: /fork\/exec (\S*\/debugserver): no such file or directory/gi,
      build: (m, line, r, make) => make({
        detail: t(M.debugserverPath, { path: m[1] ?? '' }),
        evidence: [line],
        fixes: [
          removeLaunchAttribute(r.launchIndex, 'env', '"DELVE_DEBUGSERVER_PATH" from "env"'),
          { kind: 'edit', title: t(M.debugserverPathSettings), edit: { file: 'settings.json', path: ['go.toolsEnvVars', 'DELVE_DEBUGSERVER_PATH'], remove: true } },
        ],
      }),
    },
  ],
});
