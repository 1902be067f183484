/**
 * Findings that come from the launch request rather than from a message: when a launch failed and the request
 * carried GOARCH for the other CPU, that override is the likely root cause.
 */
import { t } from '../i18n';
import { DAP_VSCODE as V } from '../i18n/messages/dap-vscode';
import type { Finding } from '../report/types';
import type { Resolved } from './context';
import { normalizeHardware } from '../arch/names';
import { textFinding } from './finding';

export function contextFindings(found: readonly Finding[], r: Resolved): Finding[] {
  const goarch = r.launch.goarch;
  if (!goarch || !r.hw || found.every((f) => f.severity !== 'error')) return [];
  const target = normalizeHardware(goarch);
  if (!target || target === r.hw) return [];
  return [
    textFinding(
      'launch-goarch-override',
      t(V.launchGoarch, { goarch, hw: r.hw }),
      [`launch request: env.GOARCH=${goarch}`, `hardware: ${r.hw}`],
      [
        { kind: 'manual', title: t(V.removeLaunchEnv) },
        { kind: 'manual', title: t(V.removeToolsEnv) },
      ],
    ),
  ];
}
