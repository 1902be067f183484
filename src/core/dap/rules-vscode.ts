/**
 * The DAP wrappers around Delve's errors, vscode-go's own messages about starting dlv, and spawn errors.
 * `attach-failed` is generic: it gives way (and its evidence) to any more precise finding from the same text
 * (GENERIC_CODES in ../findings/registry, used by ../findings/merge); the other generic failures (launch-failed,
 * dlv-start-failed, dlv-exited, build-failed) are finding modules in ../findings/shared.
 */
import { t } from '../i18n';
import { DAP_VSCODE as V } from '../i18n/messages/dap-vscode';
import type { TextRule } from './rule';
import { textFinding } from './finding';
import * as fx from './fixes';

export const VSCODE_RULES: TextRule[] = [
  {
    re: /failed to attach(?::\s*([^\n]*))?|could not attach to pid\s+(\d+)/gi,
    build: (m, line, r) =>
      textFinding('attach-failed', t(m[1] ? V.attachFailedWhy : V.attachFailed, { pid: m[2] ? t(V.toPid, { pid: m[2] }) : '', why: m[1] ?? '' }), [line], fx.offMac(r.platform) ? [fx.ptraceFix()] : fx.permissionFixes()),
  },
];
