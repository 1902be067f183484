/** Developer mode and the _developer group (debugserver needs them to get the task port). */
import { t } from '../../i18n';
import { PRE } from '../../i18n/messages/rules-preflight';
import type { Fix } from '../../report/types';
import { command, ruleFinding, type DarwinRule } from '../finding';

export const developerMode: DarwinRule = (m) => {
  if (m.darwin.permissions.devMode !== false) return [];
  const fixes: Fix[] = [command(t(PRE.devModeOn), 'sudo DevToolsSecurity -enable')];
  if (m.darwin.permissions.developerGroup === false) fixes.push(command(t(PRE.devGroup), 'sudo dseditgroup -o edit -a "$USER" -t user _developer'));
  return [ruleFinding('developer-mode-off', {
    detail: t(PRE.devModeOff),
    evidence: ['`DevToolsSecurity -status`: Developer mode is currently disabled.', ...(m.darwin.permissions.developerGroup === false ? ['`id -Gn`: not in _developer'] : [])],
    fixes,
  })];
};
