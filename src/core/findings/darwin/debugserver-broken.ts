/**
 * debugserver-broken: "could not launch process: EOF", debugserver closing the connection at once; old Command Line
 * Tools ship a debugserver that fails this way with newer macOS or Delve versions (GROUND_TRUTH §2, "broken old debugserver"). A symptom.
 * Off a Mac the same words are lldb-server-missing's.
 */
import { messages, t } from '../../i18n';
import { offMac } from '../../platforms';
import { LAUNCH_EOF } from '../debugserver';
import { defineFinding } from '../define';
import { updateDlv, xcodeSelectInstall } from '../fixes';

const M = messages({
  eof: { en: 'debugserver closed the connection at once. Old Command Line Tools ship a debugserver that fails this way with newer macOS or Delve versions.', zh: 'debugserver 立即关闭了连接。旧版 Command Line Tools 自带的 debugserver 在较新的 macOS 或 Delve 上会这样失败。' },
  updateClt: { en: 'Update the Command Line Tools (System Settings > Software Update), or reinstall them', zh: '更新 Command Line Tools（系统设置 > 软件更新），或重新安装它们' },
});

export default defineFinding({
  code: 'debugserver-broken',
  component: 'debugserver',
  severity: 'error',
  rank: 2,
  title: { en: 'debugserver closed the connection (EOF)', zh: 'debugserver 关闭了连接 (EOF)' },
  texts: M,
  dap: [
    {
      re: LAUNCH_EOF,
      build: (_m, line, r, make) => (offMac(r.platform) ? undefined : make({ detail: t(M.eof), evidence: [line], fixes: [{ kind: 'manual', title: t(M.updateClt) }, xcodeSelectInstall(), updateDlv()] })),
    },
  ],
});
