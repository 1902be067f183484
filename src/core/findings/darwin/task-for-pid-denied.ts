/**
 * task-for-pid-denied: macOS refused debugserver the task port of the process, "task_for_pid(…) failed" /
 * "failed to get the task for process N" (debugserver's own words; GROUND_TRUTH §2): developer mode off, the user
 * not in _developer, or a broken Command Line Tools install. A cause of the stub's exit (report/rank.ts).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { permissionFixes } from '../fixes';

const M = messages({
  taskForPid: { en: 'macOS refused debugserver access to the process (task_for_pid). Debugging needs developer mode and membership of the _developer group; a broken Command Line Tools install does the same.', zh: 'macOS 拒绝 debugserver 访问该进程（task_for_pid）。调试需要开启开发者模式并加入 _developer 组；Command Line Tools 安装损坏也会导致同样的结果。' },
  evPid: { en: 'pid: {pid}', zh: '进程 pid：{pid}' },
});

export default defineFinding({
  code: 'task-for-pid-denied',
  component: 'permissions',
  severity: 'error',
  title: { en: 'macOS refused debugserver access to the process', zh: 'macOS 拒绝 debugserver 访问该进程' },
  texts: M,
  dap: [
    {
      re: /task_for_pid\s*\(([^)]*)\)\s*failed|failed to get the task for process\s*(\d+)?/gi,
      build: (m, line, _r, make) => {
        const pid = m[2] ?? /\d+/.exec(m[1] ?? '')?.[0];
        return make({ detail: t(M.taskForPid), evidence: [line, ...(pid ? [t(M.evPid, { pid })] : [])], fixes: permissionFixes() });
      },
    },
  ],
});
