/** Developer mode and the _developer group (debugserver needs them to get the task port). */
import type { Fix } from '../report/types';
import { command, ruleFinding, type MachineRule } from './finding';

export const developerMode: MachineRule = (m) => {
  if (m.permissions.devMode !== false) return [];
  const fixes: Fix[] = [command('Turn developer mode on', 'sudo DevToolsSecurity -enable')];
  if (m.permissions.developerGroup === false) fixes.push(command('Add yourself to the _developer group', 'sudo dseditgroup -o edit -a "$USER" -t user _developer'));
  return [ruleFinding('developer-mode-off', {
    detail: 'Developer mode is off: macOS asks for an administrator password each time debugserver attaches, and refuses it in some sessions ("failed to get the task for process").',
    evidence: ['`DevToolsSecurity -status`: Developer mode is currently disabled.', ...(m.permissions.developerGroup === false ? ['`id -Gn`: not in _developer'] : [])],
    fixes,
  })];
};
