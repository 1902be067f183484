/**
 * Findings that come from the launch request rather than from a message: when a launch failed and the request
 * carried GOARCH for the other CPU, that override is the likely root cause.
 */
import type { Finding } from '../report/types';
import type { Resolved } from './context';
import { normalizeHardware } from './context';
import { textFinding } from './finding';

export function contextFindings(found: readonly Finding[], r: Resolved): Finding[] {
  const goarch = r.launch.goarch;
  if (!goarch || !r.hw || found.every((f) => f.severity !== 'error')) return [];
  const target = normalizeHardware(goarch);
  if (!target || target === r.hw) return [];
  return [
    textFinding(
      'launch-goarch-override',
      `The launch request sets GOARCH=${goarch}, so the program is built for the other CPU than this ${r.hw} Mac and Delve cannot debug it natively. vscode-go merges go.toolsEnvVars, envFile and the configuration's env into it, so the value may come from any of the three.`,
      [`launch request: env.GOARCH=${goarch}`, `hardware: ${r.hw}`],
      [
        { kind: 'manual', title: 'Remove GOARCH from the configuration\'s env and envFile in launch.json' },
        { kind: 'manual', title: 'Remove GOARCH from go.toolsEnvVars in settings.json' },
      ],
    ),
  ];
}
