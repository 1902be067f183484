/**
 * developer-mode-off: `DevToolsSecurity -status` says developer mode is disabled: macOS asks for an administrator
 * password each time debugserver attaches and refuses it in some sessions ("failed to get the task for process";
 * GROUND_TRUTH §2). The _developer group membership is checked with it (`id -Gn`).
 */
import { messages, t } from '../../i18n';
import type { Fix } from '../../report/types';
import { defineFinding } from '../define';
import { command } from '../fixes';

const M = messages({
  devModeOn: { en: 'Turn developer mode on', zh: '打开开发者模式' },
  devGroup: { en: 'Add yourself to the _developer group', zh: '把自己加入 _developer 组' },
  devModeOff: { en: 'Developer mode is off: macOS asks for an administrator password each time debugserver attaches, and refuses it in some sessions ("failed to get the task for process").', zh: '开发者模式已关闭：每次 debugserver 附加时 macOS 都会要求管理员密码，并在某些会话中拒绝（"failed to get the task for process"）。' },
  evNotDeveloper: { en: '`id -Gn`: not in _developer', zh: '`id -Gn`：不在 _developer 组中' },
});

export default defineFinding({
  code: 'developer-mode-off',
  component: 'permissions',
  severity: 'warning',
  title: { en: 'Developer mode is off', zh: '开发者模式已关闭' },
  texts: M,
  darwin: ({ darwin: { permissions: p } }, make) => {
    if (p.devMode !== false) return [];
    const fixes: Fix[] = [command(t(M.devModeOn), 'sudo DevToolsSecurity -enable')];
    if (p.developerGroup === false) fixes.push(command(t(M.devGroup), 'sudo dseditgroup -o edit -a "$USER" -t user _developer'));
    return [make({
      detail: t(M.devModeOff),
      evidence: ['`DevToolsSecurity -status`: Developer mode is currently disabled.', ...(p.developerGroup === false ? [t(M.evNotDeveloper)] : [])],
      fixes,
    })];
  },
});
