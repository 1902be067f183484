/**
 * debugserver / lldb-server: the stub dying before Delve connects, debugserver's banner (its architecture),
 * and what it prints when it runs translated or is refused access to the process.
 */
import { t } from '../i18n';
import { DAP_STUB as S } from '../i18n/messages/dap-stub';
import type { Fix } from '../report/types';
import type { Resolved } from './context';
import type { TextRule } from './rule';
import { hwEvidence, unknownCpu } from './rule';
import { textFinding } from './finding';
import * as fx from './fixes';

function onAppleSilicon(fixes: Fix[]): Fix[] {
  return fixes.map((f) => ({ ...f, title: t(S.onAppleSilicon, { title: f.title }) }));
}

/** "lldb-server exited before Delve could connect", with the exit status when known. */
function lldbServerExited(status: string | undefined): string {
  return status ? t(S.lldbServerExitedStatus, { status }) : t(S.lldbServerExited);
}

function bannerEvidence(r: Resolved): string[] {
  const f = r.facts;
  return f.debugserverArch ? [`debugserver banner: lldb-${f.debugserverVersion ?? '?'} for ${f.debugserverArch}`] : [];
}

function stubExitedFixes(r: Resolved): { fixes: Fix[]; why: string } {
  if (r.hw === 'arm64') {
    return {
      fixes: [...fx.rosettaFixes(), ...fx.permissionFixes()],
      why: t(S.whyArm),
    };
  }
  if (r.hw === 'x86_64') {
    return { fixes: fx.permissionFixes(), why: t(S.whyIntel) };
  }
  return {
    fixes: [fx.whichCpu(), ...fx.permissionFixes(), ...onAppleSilicon(fx.rosettaFixes())],
    why: t(S.whyUnknown, { unknown: unknownCpu() }),
  };
}

export const stubExited: TextRule[] = [
  {
    re: /stub exited while waiting for connection(?::\s*([^\n]*))?/gi,
    build: (m, line, r) => {
      if (fx.offMac(r.platform)) return textFinding('lldb-server-stub-exited', lldbServerExited(m[1]?.trim()), [line], [fx.removeLaunchAttribute(r.launchIndex, 'backend', '"backend"')]);
      const { fixes, why } = stubExitedFixes(r);
      const status = m[1]?.trim();
      return textFinding(
        'debugserver-stub-exited',
        t(status ? S.dsExitedStatus : S.dsExited, { status: status ?? '', why }),
        [line, ...bannerEvidence(r), ...hwEvidence(r)],
        fixes,
      );
    },
  },
  {
    re: /stub exited while attempting to connect(?::\s*([^\n]*))?/gi,
    build: (m, line, r) => {
      const exited = lldbServerExited(m[1]?.trim());
      if (fx.offMac(r.platform)) {
        return textFinding('lldb-server-stub-exited', exited, [line], [
          { kind: 'manual', title: t(S.removeLldbBackend) },
        ]);
      }
      return textFinding(
        'lldb-server-stub-exited',
        t(S.lldbServerNoDs, { exited }),
        [line],
        [fx.xcodeSelectInstall()],
      );
    },
  },
];

export const DEBUGSERVER_RULES: TextRule[] = [
  {
    re: /debugserver-@(?:\(#\))?\s*PROGRAM:\s*LLDB\s+PROJECT:\s*lldb-([\w.]+)\s+for\s+(\w+)\./gi,
    build: (m, line, r) => {
      if (!/^x86_64/i.test(m[2] ?? '') || r.hw === 'x86_64') return undefined;
      const evidence = [line, `debugserver runs as ${m[2]} (lldb-${m[1]})`, ...hwEvidence(r)];
      if (r.hw === 'arm64') {
        return textFinding(
          'debugserver-translated',
          t(S.bannerArm),
          evidence,
          fx.rosettaFixes(),
        );
      }
      if (!r.facts.failed) return undefined;
      return textFinding(
        'debugserver-translated',
        t(S.bannerUnknown, { unknown: unknownCpu() }),
        evidence,
        [fx.whichCpu(), ...onAppleSilicon(fx.rosettaFixes())],
        'warning',
      );
    },
  },
  {
    re: /\(os\/kern\) invalid argument/gi,
    build: (_m, line, r) => {
      if (r.hw === 'x86_64') {
        return textFinding('debugserver-stub-exited', t(S.osKernIntel), [line, ...hwEvidence(r)], fx.permissionFixes());
      }
      return textFinding(
        'debugserver-translated',
        t(S.osKern),
        [line, ...bannerEvidence(r), ...hwEvidence(r)],
        fx.rosettaFixes(),
      );
    },
  },
  {
    re: /task_for_pid\s*\(([^)]*)\)\s*failed|failed to get the task for process\s*(\d+)?/gi,
    build: (m, line) => {
      const pid = m[2] ?? /\d+/.exec(m[1] ?? '')?.[0];
      return textFinding(
        'task-for-pid-denied',
        t(S.taskForPid),
        [line, ...(pid ? [`pid: ${pid}`] : [])],
        fx.permissionFixes(),
      );
    },
  },
];
