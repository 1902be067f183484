/**
 * The DAP wrappers around Delve's errors, vscode-go's own messages about starting dlv, and spawn errors.
 * `attach-failed` is generic: it gives way (and its evidence) to any more precise finding from the same text
 * (GENERIC_CODES in ../findings/registry, used by ../findings/merge); the other generic failures (launch-failed,
 * dlv-start-failed, dlv-exited, build-failed) are finding modules in ../findings/shared.
 */
import { t } from '../i18n';
import { DAP_VSCODE as V } from '../i18n/messages/dap-vscode';
import { DAP_DELVE } from '../i18n/messages/dap-delve';
import type { Fix } from '../report/types';
import type { Resolved } from './context';
import type { TextRule } from './rule';
import { hwEvidence, unknownCpu } from './rule';
import { textFinding } from './finding';
import * as fx from './fixes';
import { sh } from '../text';
import { missingTool, TOOL_MISSING } from '../findings/missingTool';

function dlvEvidence(r: Resolved): string[] {
  return r.launch.dlvToolPath ? [`dlv: ${r.launch.dlvToolPath}`] : [];
}

/** errno -86: the binary is for a CPU this Mac cannot run. Which one depends on the hardware. */
function badCpu(line: string, r: Resolved) {
  if (/could not launch process|fork\/exec/i.test(line) && !/dlv/i.test(line)) {
    return textFinding(
      'target-arch-mismatch',
      t(V.programBadCpu),
      [line, ...hwEvidence(r)],
      [{ kind: 'manual', title: t(DAP_DELVE.buildForMac) }],
    );
  }
  let fixes: Fix[];
  let detail: string;
  if (r.hw === 'arm64') {
    detail = t(V.dlvX86NoRosetta);
    fixes = [fx.arm64Go(), fx.reinstallDlv(), fx.alternateDlv()];
  } else if (r.hw === 'x86_64') {
    detail = t(V.dlvArmOnIntel);
    fixes = [
      { kind: 'manual', title: t(V.amd64Go) },
      fx.reinstallDlv(),
      { kind: 'manual', title: t(V.x86Dlv) },
    ];
  } else {
    detail = t(V.dlvOtherCpu, { unknown: unknownCpu() });
    fixes = [fx.whichCpu(), { kind: 'manual', title: t(V.goForCpu) }, fx.reinstallDlv()];
  }
  return textFinding('dlv-bad-cpu', detail, [line, ...hwEvidence(r), ...dlvEvidence(r)], fixes);
}

const installDlvFixes = (): Fix[] => [
  fx.reinstallDlv(t(V.installDlv)),
  { kind: 'manual', title: t(V.installTools) },
  { kind: 'manual', title: t(V.setAlternate) },
];

export const VSCODE_RULES: TextRule[] = [
  { re: /bad cpu type in executable|unknown system error -86|errno:?\s*-86\b|\bEBADARCH\b/gi, build: (_m, line, r) => badCpu(line, r) },
  {
    // The same words as go-not-found's rule (findings/shared/go-not-found.ts), which answers when the tool is go.
    re: TOOL_MISSING,
    build: (m, line, r) => {
      const missing = missingTool(m);
      if (missing === 'go') return undefined;
      return textFinding(
        'dlv-not-found',
        t(V.dlvNotFound),
        [line, ...(missing ? [`looked for: ${missing}`] : []), ...dlvEvidence(r)],
        installDlvFixes(),
      );
    },
  },
  {
    re: /spawn (\S+) EACCES/gi,
    build: (m, line) =>
      textFinding('dlv-not-executable', t(V.notExecutable, { path: m[1] ?? 'dlv' }), [line], [
        { kind: 'command', title: t(V.makeExecutable), command: m[1] ? sh`chmod +x -- ${m[1]}` : 'chmod +x <dlv>' },
        ...installDlvFixes(),
      ]),
  },
  {
    re: /failed to attach(?::\s*([^\n]*))?|could not attach to pid\s+(\d+)/gi,
    build: (m, line, r) =>
      textFinding('attach-failed', t(m[1] ? V.attachFailedWhy : V.attachFailed, { pid: m[2] ? t(V.toPid, { pid: m[2] }) : '', why: m[1] ?? '' }), [line], fx.offMac(r.platform) ? [fx.ptraceFix()] : fx.permissionFixes()),
  },
];
