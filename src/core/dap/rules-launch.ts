/**
 * Delve's launch texts about the stub it starts: a DELVE_DEBUGSERVER_PATH that points nowhere, and which stub
 * `backend unavailable` means (GROUND_TRUTH §2; texts recorded from Debian's Delve 1.20.2 through `dlv dap`,
 * test/fixtures/delve/texts-debian-1.20.json). The launch and attach failures that name a mistake in the
 * configuration (issue 10 item 8) are finding modules (src/core/findings/shared/launch-*.ts, attach-*.ts).
 */
import type { Fix } from '../report/types';
import { t } from '../i18n';
import { DAP_LAUNCH as M } from '../i18n/messages/dap-launch';
import type { Resolved } from './context';
import type { TextRule } from './rule';
import { textFinding } from './finding';
import * as fx from './fixes';
import { rrMissing } from '../findings/shared/launch-rr-missing';

const manual = (title: string): Fix => ({ kind: 'manual', title });

export const LAUNCH_RULES: TextRule[] = [
  {
    // DELVE_DEBUGSERVER_PATH is used as-is, unchecked (delve pkg/proc/gdbserial/gdbserver.go, GROUND_TRUTH §2).
    re: /fork\/exec (\S*\/debugserver): no such file or directory/gi,
    build: (m, line, r) => textFinding('debugserver-path-invalid', t(M.debugserverPath, { path: m[1] ?? '' }), [line], [
      fx.removeLaunchAttribute(r.launchIndex, 'env', '"DELVE_DEBUGSERVER_PATH" from "env"'),
      { kind: 'edit', title: t(M.debugserverPathSettings), edit: { file: 'settings.json', path: ['go.toolsEnvVars', 'DELVE_DEBUGSERVER_PATH'], remove: true } },
    ]),
  },
];

/** Off macOS a missing or failing stub is lldb-server (backend "lldb"): its fixes, never the Mac's. */
export function lldbServerOffMac(line: string, r: Resolved) {
  if (!fx.offMac(r.platform)) return undefined;
  return textFinding('lldb-server-missing', t(M.lldbServerMissing), [line], [fx.removeLaunchAttribute(r.launchIndex, 'backend', '"backend"'), manual(t(M.lldbServerInstall))]);
}

/** `backend unavailable` means a missing stub; which one depends on the backend asked for (rr: launch-rr-missing) and the system. */
export function backendUnavailable(line: string, r: Resolved) {
  return rrMissing(line, r) ?? lldbServerOffMac(line, r);
}
